import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import { locatedString, locatedStrings } from './metadata-parser';
import type { Correlation, CorrelationAlias, CorrelationCondition } from './model';
import type { Range } from './position';
import { parseTimespan } from './timespan';
import type { MapEntry, ParseContext } from './yaml-nodes';
import { CORRELATION_TYPES } from './vocabulary';

const CORRELATION_TYPE_NAMES = new Set(CORRELATION_TYPES.map((info) => info.value));
const COMPARISON_OPERATORS = new Set(['gt', 'gte', 'lt', 'lte', 'eq', 'neq']);

/** Parses the `correlation` section of a correlation rule (specification v2.1, "Sigma Correlation Rules"). */
export function parseCorrelation(context: ParseContext, node: YamlNode | null, range: Range): Correlation {
  const correlation: Correlation = { range, rules: [], groupBy: [], aliases: [] };
  if (!isMap(node)) {
    context.report('invalid-correlation', 'error', 'Expected correlation to be a map with type, rules and condition', range);
    return correlation;
  }
  for (const entry of context.entries(node)) readCorrelationEntry(context, correlation, entry);
  checkCorrelationType(context, correlation);
  return correlation;
}

function readCorrelationEntry(context: ParseContext, correlation: Correlation, entry: MapEntry): void {
  switch (entry.key) {
    case 'type':
      correlation.type = locatedString(context, entry);
      break;
    case 'rules':
      correlation.rules = locatedStrings(context, entry.value);
      break;
    case 'group-by':
      correlation.groupBy = locatedStrings(context, entry.value);
      break;
    case 'timespan':
    case 'timeframe':
      readTimespan(context, correlation, entry);
      break;
    case 'generate':
      if (isScalar(entry.value) && typeof entry.value.value === 'boolean') correlation.generate = { value: entry.value.value, range: entry.valueRange };
      break;
    case 'condition':
      correlation.condition = parseCorrelationCondition(context, entry);
      break;
    case 'aliases':
      correlation.aliases = parseAliases(context, entry.value);
      break;
  }
}

function readTimespan(context: ParseContext, correlation: Correlation, entry: MapEntry): void {
  correlation.timespan = locatedString(context, entry);
  if (!correlation.timespan) return;
  correlation.timespanMs = parseTimespan(correlation.timespan.value);
  if (correlation.timespanMs === undefined) {
    context.report('invalid-timespan', 'error', `'${correlation.timespan.value}' is not a timespan: use a number and one of s, m, h, d, w, M, y (for example 5m)`, correlation.timespan.range);
  }
}

function checkCorrelationType(context: ParseContext, correlation: Correlation): void {
  if (!correlation.type) {
    context.report('invalid-correlation', 'error', 'The correlation has no type', correlation.range);
  } else if (!CORRELATION_TYPE_NAMES.has(correlation.type.value)) {
    const expected = [...CORRELATION_TYPE_NAMES].join(', ');
    context.report('invalid-correlation', 'error', `Unknown correlation type '${correlation.type.value}': expected one of ${expected}`, correlation.type.range);
  }
}

function parseCorrelationCondition(context: ParseContext, entry: MapEntry): CorrelationCondition {
  const condition: CorrelationCondition = { range: entry.valueRange, comparisons: [] };
  for (const item of context.entries(entry.value)) {
    if (item.key === 'field') condition.field = locatedString(context, item);
    else if (COMPARISON_OPERATORS.has(item.key) && isScalar(item.value) && typeof item.value.value === 'number') {
      condition.comparisons.push({ operator: item.key, value: item.value.value, range: item.valueRange });
    } else {
      context.report('invalid-correlation', 'error', `Unexpected '${item.key}' in a correlation condition: expected gt, gte, lt, lte, eq, neq with a number, or field`, item.keyRange);
    }
  }
  return condition;
}

function parseAliases(context: ParseContext, node: YamlNode | null): CorrelationAlias[] {
  return context.entries(node).map((alias) => ({
    name: { value: alias.key, range: alias.keyRange },
    fieldsByRule: context.entries(alias.value).flatMap((mapping) => {
      const field = locatedString(context, mapping);
      return field ? [{ rule: { value: mapping.key, range: mapping.keyRange }, field }] : [];
    }),
  }));
}
