import type { SigmaRule } from '../sigma/model';
import type { CompiledCorrelation, CompiledDetection, CompiledRuleInfo, CorrelationKind } from './compiled-rule';
import { CORRELATION_TYPES } from '../sigma/vocabulary';

const KINDS = new Set<string>(CORRELATION_TYPES.map((info) => info.value));

/** Resolves a correlation rule against the compiled detections it names (by id or name), with aliases. */
export function compileCorrelation(rule: SigmaRule, info: CompiledRuleInfo, detections: readonly CompiledDetection[]): CompiledCorrelation {
  const correlation = rule.correlation;
  const typeName = correlation?.type?.value ?? '';
  const type = (KINDS.has(typeName) ? typeName : 'event_count') as CorrelationKind;
  if (!KINDS.has(typeName)) info.diagnostics.push({ code: 'replay-correlation-unresolved', message: `Unknown correlation type '${typeName}'; the rule never matches` });
  const references = correlation?.rules.map((reference) => reference.value) ?? [];
  const resolved = references.map((reference) => ({ reference, detection: detections.find((rule) => rule.id === reference || rule.name === reference) }));
  for (const { reference, detection } of resolved) {
    if (!detection) info.diagnostics.push({ code: 'replay-correlation-unresolved', message: `The correlated rule '${reference}' is not among the loaded detection rules; its events are not counted` });
  }
  const found = KINDS.has(typeName) ? resolved.filter((item) => item.detection) : [];
  const aliasOf = (name: string, reference: string): string =>
    correlation?.aliases.find((alias) => alias.name.value === name)?.fieldsByRule.find((entry) => entry.rule.value === reference)?.field.value ?? name;
  const groupBy = correlation?.groupBy.map((field) => field.value) ?? [];
  const valueField = correlation?.condition?.field?.value;
  if (type.startsWith('value_') && !valueField) info.diagnostics.push({ code: 'replay-correlation-unresolved', message: `A ${type} correlation needs condition.field; the rule never matches` });
  return {
    ...info,
    kind: 'correlation',
    type,
    ruleOrdinals: type.startsWith('value_') && !valueField ? [] : found.map((item) => item.detection!.ordinal),
    groupFields: found.map((item) => groupBy.map((name) => aliasOf(name, item.reference))),
    valueFields: found.map((item) => (valueField ? aliasOf(valueField, item.reference) : '')),
    timespanMs: correlation?.timespanMs ?? Number.POSITIVE_INFINITY,
    comparisons: correlation?.condition?.comparisons.map(({ operator, value }) => ({ operator, value })) ?? [],
  };
}
