import { deepStrictEqual } from 'node:assert';
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document } from 'yaml';
import { YAML_PARSE_OPTIONS } from '../../server/src/core/sigma/fast-yaml';

/** Node properties that the composer sets and that the fast parser must reproduce. */
const NODE_PROPERTIES = ['range', 'type', 'source', 'format', 'minFractionDigits', 'comment', 'commentBefore', 'spaceBefore', 'tag', 'anchor', 'flow'] as const;
const DOCUMENT_PROPERTIES = ['range', 'comment', 'commentBefore'] as const;

export function parseWithYaml(text: string): Document.Parsed[] {
  return parseAllDocuments(text, YAML_PARSE_OPTIONS) as Document.Parsed[];
}

/**
 * Differences between documents from the fast parser and from the `yaml` package, as
 * `path: fast vs yaml` lines; empty when they match node for node.
 */
export function compareDocuments(fast: Document.Parsed[], expected: Document.Parsed[]): string[] {
  const problems: string[] = [];
  if (fast.length !== expected.length) return [`document count: ${fast.length} vs ${expected.length}`];
  fast.forEach((doc, index) => {
    const want = expected[index];
    const at = `doc[${index}]`;
    for (const key of DOCUMENT_PROPERTIES) compareValue(problems, `${at}.${key}`, doc[key], want[key]);
    compareValue(problems, `${at}.docStart`, doc.directives.docStart, want.directives.docStart);
    compareValue(problems, `${at}.docEnd`, doc.directives.docEnd, want.directives.docEnd);
    compareValue(problems, `${at}.errors`, doc.errors.length + doc.warnings.length, want.errors.length + want.warnings.length);
    compareNode(problems, `${at}.contents`, doc.contents, want.contents);
    compareValue(problems, `${at}.toJS`, safe(() => doc.toJS()), safe(() => want.toJS()));
    compareValue(problems, `${at}.toString`, safe(() => doc.toString()), safe(() => want.toString()));
  });
  // Last, everything else the documents hold (options, directives, schema, any node property).
  if (problems.length === 0) compareValue(problems, 'documents', fast, expected);
  return problems;
}

function compareNode(problems: string[], path: string, node: unknown, want: unknown): void {
  if (kindOf(node) !== kindOf(want)) {
    problems.push(`${path}: ${kindOf(node)} vs ${kindOf(want)}`);
    return;
  }
  if (!node || typeof node !== 'object') return compareValue(problems, path, node, want);
  const a = node as Record<string, unknown>;
  const b = want as Record<string, unknown>;
  if (isPair(node)) {
    compareNode(problems, `${path}.key`, a.key, b.key);
    compareNode(problems, `${path}.value`, a.value, b.value);
    return;
  }
  for (const key of NODE_PROPERTIES) compareValue(problems, `${path}.${key}`, a[key], b[key]);
  if (isScalar(node)) compareValue(problems, `${path}.value`, a.value, b.value);
  if (isMap(node) || isSeq(node)) {
    const items = a.items as unknown[];
    const wantItems = b.items as unknown[];
    if (items.length !== wantItems.length) problems.push(`${path}.items.length: ${items.length} vs ${wantItems.length}`);
    else items.forEach((item, i) => compareNode(problems, `${path}[${i}]`, item, wantItems[i]));
  }
}

function kindOf(node: unknown): string {
  if (isPair(node)) return 'pair';
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'seq';
  if (isScalar(node)) return 'scalar';
  if (isAlias(node)) return 'alias';
  return node === null ? 'null' : typeof node;
}

function compareValue(problems: string[], path: string, value: unknown, want: unknown): void {
  try {
    deepStrictEqual(value, want);
  } catch (error) {
    const shown = typeof value === 'object' && value !== null && path === 'documents' ? (error as Error).message : `${show(value)} vs ${show(want)}`;
    problems.push(`${path}: ${shown.slice(0, 400)}`);
  }
}

function show(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function safe<T>(run: () => T): T | string {
  try {
    return run();
  } catch (error) {
    return `threw ${(error as Error).message}`;
  }
}
