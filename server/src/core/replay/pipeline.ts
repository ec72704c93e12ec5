import { parse as parseYaml } from 'yaml';
import type { RuleScope } from './logsource-scope';
import { isRecord } from '../common/is-record';

/**
 * A field-mapping pipeline: the subset of pySigma processing pipelines that replay needs, so a
 * user can replay Sysmon-named rules against ECS-shaped (or any other) exports.
 */
export interface Pipeline {
  name: string;
  priority: number;
  transformations: Transformation[];
}

interface StepBase {
  conditions: ScopeCondition[];
  anyCondition: boolean;
  /** `field_name_conditions`: the field names (as they are at this step) the step renames. */
  fieldFilter?: { include: boolean; fields: Set<string> };
}

export type Transformation =
  | (StepBase & { type: 'field_name_mapping'; mapping: Record<string, string[]> })
  | (StepBase & { type: 'field_name_prefix' | 'field_name_suffix'; affix: string })
  | (StepBase & { type: 'add_condition'; fields: Record<string, unknown> });

/** `rule_conditions: [{type: logsource, product, category, service}]`. */
export type ScopeCondition = RuleScope;

export interface ParsedPipeline {
  pipeline?: Pipeline;
  /** Problems that stop the pipeline from loading, or parts that were ignored (`warning`). */
  problems: { severity: 'error' | 'warning'; message: string }[];
}

/** Parses pipeline YAML; never throws. Unsupported transformation types are ignored with a warning. */
export function parsePipeline(text: string, options: { fallbackName: string }): ParsedPipeline {
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    return { problems: [{ severity: 'error', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  if (!isRecord(data) || !Array.isArray(data.transformations)) return { problems: [{ severity: 'error', message: 'expected a map with a `transformations` list' }] };
  const problems: ParsedPipeline['problems'] = [];
  const transformations = data.transformations.flatMap((item, index) => {
    const parsed = parseTransformation(item);
    if (typeof parsed === 'string') problems.push({ severity: 'warning', message: `transformation ${index + 1}: ${parsed}` });
    return typeof parsed === 'string' ? [] : [parsed];
  });
  const name = typeof data.name === 'string' ? data.name : options.fallbackName;
  return { pipeline: { name, priority: typeof data.priority === 'number' ? data.priority : 0, transformations }, problems };
}

function parseTransformation(item: unknown): Transformation | string {
  if (!isRecord(item)) return 'expected a map';
  const conditions = parseConditions(item.rule_conditions);
  if (typeof conditions === 'string') return conditions;
  const anyCondition = item.rule_cond_op === 'or';
  const fieldFilter = parseFieldFilter(item.field_name_conditions);
  if (typeof fieldFilter === 'string') return fieldFilter;
  const step = parseStep(item, conditions, anyCondition);
  if (typeof step !== 'string' && fieldFilter) step.fieldFilter = fieldFilter;
  return step;
}

function parseStep(item: Record<string, unknown>, conditions: ScopeCondition[], anyCondition: boolean): Transformation | string {
  switch (item.type) {
    case 'field_name_mapping':
      return isRecord(item.mapping) ? { type: 'field_name_mapping', mapping: mappingOf(item.mapping), conditions, anyCondition } : 'field_name_mapping needs a `mapping` map';
    case 'field_name_prefix':
    case 'field_name_suffix': {
      const affix = item.type === 'field_name_prefix' ? item.prefix : item.suffix;
      return typeof affix === 'string' ? { type: item.type, affix, conditions, anyCondition } : `${item.type} needs a string`;
    }
    case 'add_condition':
      return isRecord(item.conditions) ? { type: 'add_condition', fields: item.conditions, conditions, anyCondition } : 'add_condition needs a `conditions` map';
    default:
      return `type '${String(item.type)}' is not supported by replay and was ignored`;
  }
}

/** `[{type: include_fields|exclude_fields, fields: [...]}]`, plain names only. */
function parseFieldFilter(value: unknown): StepBase['fieldFilter'] | string {
  if (value === undefined || value === null) return undefined;
  const first = Array.isArray(value) && value.length === 1 ? value[0] : undefined;
  if (!isRecord(first) || (first.type !== 'include_fields' && first.type !== 'exclude_fields') || !Array.isArray(first.fields)) {
    return 'field_name_conditions supports one include_fields or exclude_fields condition with a fields list';
  }
  return { include: first.type === 'include_fields', fields: new Set(first.fields.map(String)) };
}

function mappingOf(mapping: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, target] of Object.entries(mapping)) {
    const targets = (Array.isArray(target) ? target : [target]).filter((name): name is string => typeof name === 'string');
    if (targets.length) out[field] = targets;
  }
  return out;
}

function parseConditions(value: unknown): ScopeCondition[] | string {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return 'rule_conditions must be a list';
  const conditions: ScopeCondition[] = [];
  for (const condition of value) {
    if (!isRecord(condition) || condition.type !== 'logsource') return `only rule_conditions of type logsource are supported`;
    const text = (key: string): string | undefined => (typeof condition[key] === 'string' ? (condition[key] as string).toLowerCase() : undefined);
    conditions.push({ product: text('product'), category: text('category'), service: text('service') });
  }
  return conditions;
}

/** What a set of pipelines does to one rule: how its fields map and which conditions it gains. */
export interface RulePipelineEffect {
  mapField(field: string): string[];
  addedConditions: Record<string, unknown>[];
}

/** Applies pipelines (lowest priority first) to a rule of the given logsource. */
export function pipelineEffect(pipelines: readonly Pipeline[], scope: RuleScope): RulePipelineEffect {
  const applicable = [...pipelines].sort((a, b) => a.priority - b.priority).flatMap((pipeline) => pipeline.transformations.filter((step) => appliesTo(step, scope)));
  const renames = applicable.filter((step) => step.type !== 'add_condition');
  const cache = new Map<string, string[]>();
  const mapField = (field: string): string[] => {
    let names = cache.get(field);
    if (!names) {
      names = renames.reduce((current, step) => current.flatMap((name) => renameOnce(step, name)), [field]);
      cache.set(field, names);
    }
    return names;
  };
  const addedConditions = applicable.flatMap((step) => (step.type === 'add_condition' ? [step.fields] : []));
  return { mapField, addedConditions };
}

function renameOnce(step: Transformation, name: string): string[] {
  if (step.fieldFilter && step.fieldFilter.fields.has(name) !== step.fieldFilter.include) return [name];
  if (step.type === 'field_name_mapping') return step.mapping[name] ?? [name];
  if (step.type === 'field_name_prefix') return [step.affix + name];
  if (step.type === 'field_name_suffix') return [name + step.affix];
  return [name];
}

function appliesTo(step: Transformation, scope: RuleScope): boolean {
  if (step.conditions.length === 0) return true;
  const matches = (condition: ScopeCondition): boolean =>
    (!condition.product || condition.product === scope.product) && (!condition.category || condition.category === scope.category) && (!condition.service || condition.service === scope.service);
  return step.anyCondition ? step.conditions.some(matches) : step.conditions.every(matches);
}
