import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { parseConditionSection } from './condition-section';
import { parseFieldKey } from './field-key';
import type { Detection, FieldGroup, FieldMatch, Selection, SigmaValue } from './model';
import type { Range } from './position';
import { toSigmaValue } from './values';
import { scalarString, type MapEntry, type ParseContext } from './yaml-nodes';

/** Keys of a detection map that are not search identifiers. */
const RESERVED_DETECTION_KEYS = new Set(['condition', 'timeframe']);

/** Parses a `detection` map (or the body of a filter rule, minus the keys in `skipKeys`). */
export function parseDetection(context: ParseContext, node: YamlNode | null, range: Range, skipKeys: ReadonlySet<string> = new Set()): Detection {
  const detection: Detection = { range, selections: [] };
  if (!isMap(node)) {
    context.report('invalid-detection', 'error', 'Expected a map of selections and a condition', range);
    return detection;
  }
  let conditionEntry: MapEntry | undefined;
  for (const entry of context.entries(node)) {
    if (skipKeys.has(entry.key)) continue;
    if (entry.key === 'condition') conditionEntry = entry;
    else if (entry.key === 'timeframe') detection.timeframe = timeframeOf(entry);
    else detection.selections.push(parseSelection(context, entry));
  }
  if (conditionEntry) detection.condition = parseConditionSection(context, conditionEntry, detection.selections);
  return detection;
}

export function isReservedDetectionKey(key: string): boolean {
  return RESERVED_DETECTION_KEYS.has(key);
}

function timeframeOf(entry: MapEntry): Detection['timeframe'] {
  const value = scalarString(entry.value);
  return value === undefined ? undefined : { value, range: entry.valueRange };
}

function parseSelection(context: ParseContext, entry: MapEntry): Selection {
  const selection: Selection = {
    name: entry.key,
    nameRange: entry.keyRange,
    range: { start: entry.keyRange.start, end: entry.valueRange.end },
    shape: 'invalid',
    groups: [],
    keywords: [],
  };
  const node = entry.value;
  if (isMap(node)) {
    selection.shape = 'map';
    selection.groups.push(parseFieldGroup(context, node));
  } else if (isSeq(node)) {
    parseSelectionList(context, selection, context.items(node));
  } else if (isScalar(node) && node.value !== null) {
    selection.shape = 'keywords';
    selection.keywords.push(toSigmaValue(context, node));
  } else {
    context.report('invalid-selection', 'error', `Selection '${entry.key}' is empty: expected a map of fields or a list`, entry.keyRange);
  }
  return selection;
}

/** A list is either keywords (scalars) or alternatives (maps); a mix is read as both, OR'ed. */
function parseSelectionList(context: ParseContext, selection: Selection, items: YamlNode[]): void {
  for (const item of items) {
    if (isMap(item)) selection.groups.push(parseFieldGroup(context, item));
    else if (isSeq(item)) context.report('invalid-selection', 'error', 'A selection list cannot contain a nested list', context.rangeOf(item));
    else selection.keywords.push(toSigmaValue(context, item));
  }
  if (selection.groups.length > 0 && selection.keywords.length > 0) {
    context.report('mixed-selection', 'warning', `Selection '${selection.name}' mixes keywords and field maps; they are OR'ed`, selection.nameRange);
  }
  if (selection.groups.length > 0) selection.shape = 'list-of-maps';
  else if (selection.keywords.length > 0) selection.shape = 'keywords';
  else context.report('invalid-selection', 'error', `Selection '${selection.name}' is an empty list`, selection.nameRange);
}

function parseFieldGroup(context: ParseContext, node: YamlNode): FieldGroup {
  const items = context.entries(node).map((entry) => parseFieldMatch(context, entry));
  return { range: context.rangeOf(node), items };
}

function parseFieldMatch(context: ParseContext, entry: MapEntry): FieldMatch {
  const key = parseFieldKey(context, entry.key, entry.keyNode, entry.keyRange);
  const valueIsList = isSeq(entry.value);
  const valueNodes = valueIsList ? context.items(entry.value) : [entry.value];
  const values = valueNodes.map((node) => toSigmaValue(context, node, entry.valueRange));
  reportInvalidValues(context, entry.key, values);
  return { key: entry.key, keyRange: entry.keyRange, ...key, values, valueIsList, valueRange: entry.valueRange };
}

function reportInvalidValues(context: ParseContext, key: string, values: SigmaValue[]): void {
  for (const value of values) {
    if (value.kind !== 'invalid') continue;
    context.report('invalid-value', 'error', `The value of '${key}' must be a string, number, boolean or null, not a ${String(value.value)}`, value.range);
  }
}
