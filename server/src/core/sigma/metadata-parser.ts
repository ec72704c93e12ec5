import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { Attribute, Located, Logsource } from './model';
import type { Range } from './position';
import { scalarString, type MapEntry, type ParseContext } from './yaml-nodes';

/** Sections whose values are parsed into their own models, never converted to plain values. */
const STRUCTURED_SECTIONS = new Set(['detection', 'correlation', 'filter']);
const MAX_PLAIN_ALIASES = 50;

export function toAttribute(context: ParseContext, entry: MapEntry): Attribute {
  const value = STRUCTURED_SECTIONS.has(entry.key) ? undefined : plainValue(context, entry.value);
  return { key: entry.key, keyRange: entry.keyRange, valueRange: entry.valueRange, value, node: entry.value };
}

/** The JavaScript value of a metadata node; an alias bomb yields undefined and a diagnostic. */
function plainValue(context: ParseContext, node: YamlNode | null): unknown {
  if (node === null) return null;
  if (isScalar(node)) return node.value;
  try {
    return node.toJS(context.doc, { maxAliasCount: MAX_PLAIN_ALIASES });
  } catch (error) {
    context.reportTooComplex(`This value cannot be read: ${(error as Error).message}`, context.rangeOf(node));
    return undefined;
  }
}

export function locatedString(context: ParseContext, entry: MapEntry | undefined): Located<string> | undefined {
  if (!entry) return undefined;
  const value = scalarString(entry.value);
  return value === undefined ? undefined : { value, range: context.rangeOf(entry.value, entry.valueRange) };
}

/** The strings of a list, or of a single scalar written in place of a list. */
export function locatedStrings(context: ParseContext, node: YamlNode | null): Located<string>[] {
  const nodes = isSeq(node) ? context.items(node) : node ? [node] : [];
  const result: Located<string>[] = [];
  for (const item of nodes) {
    const value = scalarString(item);
    if (value !== undefined) result.push({ value, range: context.rangeOf(item) });
  }
  return result;
}

export function parseLogsource(context: ParseContext, node: YamlNode | null, range: Range): Logsource {
  const logsource: Logsource = { range, entries: [], keyRanges: new Map() };
  if (!isMap(node)) {
    context.report('invalid-logsource', 'error', 'Expected logsource to be a map with product, category or service', range);
    return logsource;
  }
  for (const entry of context.entries(node)) {
    logsource.keyRanges.set(entry.key, entry.keyRange);
    const located = locatedString(context, entry);
    if (!located) continue;
    logsource.entries.push({ value: entry.key, range: entry.keyRange });
    if (entry.key === 'product' || entry.key === 'category' || entry.key === 'service' || entry.key === 'definition') {
      logsource[entry.key] = located;
    }
  }
  return logsource;
}
