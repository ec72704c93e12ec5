import { isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type Scalar } from 'yaml';
import type { Diagnostic, Severity } from './diagnostic';
import type { LineIndex, Range } from './position';
import { alignValueToSource } from './scalar-alignment';

/**
 * What every section parser needs: the source, positions, the YAML document and a diagnostics sink.
 * It also bounds work: alias expansion counts against a node budget so a YAML bomb ends with a diagnostic.
 */
export class ParseContext {
  readonly diagnostics: Diagnostic[] = [];
  private nodeBudget: number;
  private budgetReported = false;

  constructor(
    readonly source: string,
    readonly lines: LineIndex,
    readonly doc: Document.Parsed,
    nodeBudget: number,
  ) {
    this.nodeBudget = nodeBudget;
  }

  report(code: string, severity: Severity, message: string, range: Range, data?: Record<string, unknown>): void {
    this.diagnostics.push(data ? { code, severity, message, range, data } : { code, severity, message, range });
  }

  /** The node's range without the trailing line breaks and spaces that block collections include. */
  rangeOf(node: YamlNode | null | undefined, fallback?: Range): Range {
    if (!node?.range) return fallback ?? this.lines.rangeOf(0, 0);
    const start = node.range[0];
    let end = node.range[1];
    while (end > start && isWhitespace(this.source.charCodeAt(end - 1))) end--;
    return this.lines.rangeOf(start, end);
  }

  /** Follows an alias to its anchored node, charging the budget so exponential expansion stops early. */
  resolve(node: unknown): YamlNode | null {
    if (!isAlias(node)) return (node as YamlNode | null) ?? null;
    if (!this.charge(1)) return null;
    const target = node.resolve(this.doc);
    if (target && !isAlias(target) && !this.charge(countNodes(target, this.nodeBudget))) return null;
    return (target as YamlNode | undefined) ?? null;
  }

  charge(cost: number): boolean {
    this.nodeBudget -= cost;
    if (this.nodeBudget >= 0) return true;
    this.reportTooComplex('The document expands to too many nodes (YAML aliases); the rest of it was not read', this.lines.rangeOf(0, 0));
    return false;
  }

  /** Reports resource exhaustion (alias bombs) once per document: one clear message beats hundreds. */
  reportTooComplex(message: string, range: Range): void {
    if (this.budgetReported) return;
    this.budgetReported = true;
    this.report('yaml-too-complex', 'error', message, range);
  }

  /** The key/value pairs of a map with string keys, aliases resolved. */
  entries(node: YamlNode | null): MapEntry[] {
    if (!isMap(node)) return [];
    const result: MapEntry[] = [];
    for (const pair of node.items as Pair<unknown, unknown>[]) {
      const keyNode = this.resolve(pair.key);
      const key = isScalar(keyNode) ? String(keyNode.value ?? '') : '';
      const keyRange = this.rangeOf(keyNode);
      const value = this.resolve(pair.value);
      result.push({ key, keyNode: isScalar(keyNode) ? keyNode : null, keyRange, value, valueRange: this.rangeOf(value, keyRange) });
    }
    return result;
  }

  /** The items of a sequence, aliases resolved. */
  items(node: YamlNode | null): YamlNode[] {
    if (!isSeq(node)) return [];
    const result: YamlNode[] = [];
    for (const item of node.items) {
      const resolved = this.resolve(item);
      if (resolved) result.push(resolved);
    }
    return result;
  }

  /**
   * Maps offsets inside a scalar's value to document ranges.
   * Exact for plain scalars and for quoted or block scalars without escapes; otherwise the whole scalar.
   */
  scalarMapper(node: Scalar): (start: number, end: number) => Range {
    const whole = this.rangeOf(node);
    const text = String(node.value ?? '');
    if (!node.range) return () => whole;
    const raw = this.source.slice(node.range[0], node.range[1]);
    const at = raw.indexOf(text);
    if (!text) return () => whole;
    const base = node.range[0];
    if (at >= 0) return (start, end) => this.lines.rangeOf(base + at + start, base + at + end);
    const offsets = alignValueToSource(text, raw);
    return (start, end) => this.lines.rangeOf(base + offsets[Math.min(start, text.length)], base + offsets[Math.min(end, text.length)]);
  }
}

export interface MapEntry {
  key: string;
  keyNode: Scalar | null;
  keyRange: Range;
  value: YamlNode | null;
  valueRange: Range;
}

export function scalarString(node: YamlNode | null): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return typeof node.value === 'object' ? undefined : String(node.value);
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Counts nodes under `node`, stopping once `limit` is passed. */
function countNodes(node: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [node];
  while (stack.length > 0 && count <= limit) {
    const current = stack.pop();
    count++;
    if (isMap(current)) for (const pair of current.items as Pair<unknown, unknown>[]) stack.push(pair.key, pair.value);
    else if (isSeq(current)) stack.push(...current.items);
  }
  return count;
}
