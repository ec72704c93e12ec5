import { isMap, isScalar, isSeq, Scalar, YAMLMap, YAMLSeq, type Node as YamlNode, type Pair } from 'yaml';
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
    const value = simpleJS(node);
    return value !== NOT_SIMPLE ? value : node.toJS(context.doc, { maxAliasCount: MAX_PLAIN_ALIASES });
  } catch (error) {
    context.reportTooComplex(`This value cannot be read: ${(error as Error).message}`, context.rangeOf(node));
    return undefined;
  }
}

const NOT_SIMPLE = Symbol('not simple');

/**
 * What `node.toJS(doc)` returns, for the trees metadata usually is (plain maps, lists and scalars,
 * no aliases), without setting up the package's conversion context for each value. Anything else
 * (aliases, merge keys, non-scalar keys, the package's other collection classes) is `NOT_SIMPLE`.
 */
function simpleJS(node: unknown): unknown {
  if (node === null) return null;
  const type = (node as object).constructor;
  if (type === Scalar) return (node as Scalar).value;
  if (type === YAMLSeq) {
    const items = (node as YAMLSeq).items;
    const result: unknown[] = [];
    for (const item of items) {
      const value = simpleJS(item);
      if (value === NOT_SIMPLE) return NOT_SIMPLE;
      result.push(value);
    }
    return result;
  }
  return type === YAMLMap ? simpleObject(node as YAMLMap) : NOT_SIMPLE;
}

/** A map as the package's `addPairToJSMap` builds it: keys as strings, later duplicates defined over earlier ones. */
function simpleObject(map: YAMLMap): unknown {
  const result: Record<string, unknown> = {};
  for (const { key, value } of map.items as Pair<unknown, unknown>[]) {
    if (!key || (key as object).constructor !== Scalar) return NOT_SIMPLE;
    const jsKey = (key as Scalar).value;
    // `<<` may be a merge key, and objects (binary, timestamps) are stringified as YAML.
    if (jsKey === '<<' || (jsKey !== null && (typeof jsKey === 'object' || typeof jsKey === 'symbol'))) return NOT_SIMPLE;
    const jsValue = simpleJS(value);
    if (jsValue === NOT_SIMPLE) return NOT_SIMPLE;
    const name = jsKey === null ? '' : String(jsKey);
    if (name in result) Object.defineProperty(result, name, { value: jsValue, writable: true, enumerable: true, configurable: true });
    else result[name] = jsValue;
  }
  return result;
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
