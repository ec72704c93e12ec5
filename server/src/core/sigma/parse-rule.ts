import { parseAllDocuments, isMap, type Document } from 'yaml';
import { parseCorrelation } from './correlation-parser';
import { parseDetection } from './detection-parser';
import type { Diagnostic } from './diagnostic';
import { parseFastYaml, YAML_PARSE_OPTIONS } from './fast-yaml';
import { locatedString, locatedStrings, parseLogsource, toAttribute } from './metadata-parser';
import type { Filter, ParsedFile, RuleKind, SigmaRule } from './model';
import { LineIndex, type Range } from './position';
import { ParseContext, type MapEntry } from './yaml-nodes';

export interface ParseOptions {
  /** Larger inputs are refused with one diagnostic instead of being parsed. Default 4 MiB of text. */
  maxLength?: number;
  /** Upper bound on YAML nodes visited per document, counting alias expansion. Default 200,000. */
  maxNodes?: number;
}

const DEFAULT_MAX_LENGTH = 4 * 1024 * 1024;
const DEFAULT_MAX_NODES = 200_000;
/** Keys that make a YAML document a Sigma rule; a document with none of them is some other YAML. */
const SIGMA_KEYS = ['title', 'logsource', 'detection', 'correlation', 'filter'];

/**
 * Parses the text of a Sigma file (one or more YAML documents) into rule models with source ranges.
 * Never throws: malformed YAML, wrong shapes and bad conditions become diagnostics, and every part
 * that could be read is still returned, so editors keep working on half-typed rules.
 */
export function parseRule(text: string, options: ParseOptions = {}): ParsedFile {
  const lines = new LineIndex(text);
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) {
    const message = `The file has ${text.length} characters, more than the ${maxLength} a Sigma rule may have; it was not parsed`;
    return { rules: [], diagnostics: [{ code: 'file-too-large', severity: 'error', message, range: lines.rangeOf(0, 0) }] };
  }
  try {
    return parseDocuments(text, lines, options.maxNodes ?? DEFAULT_MAX_NODES);
  } catch (error) {
    // The YAML library or a section parser failed on input we did not foresee: report it, never throw.
    const message = `Internal parser error: ${(error as Error)?.message ?? String(error)}`;
    return { rules: [], diagnostics: [{ code: 'internal-error', severity: 'error', message, range: lines.rangeOf(0, 0) }] };
  }
}

/**
 * The YAML documents of a file come from the fast parser when the file stays in the subset it reads
 * (nearly every Sigma rule), else from the `yaml` package, which also reports any YAML errors.
 * Both yield the same `yaml` nodes, so everything after this point is shared.
 */
function parseDocuments(text: string, lines: LineIndex, maxNodes: number): ParsedFile {
  const list = parseFastYaml(text) ?? parseAllDocuments(text, YAML_PARSE_OPTIONS);
  const rules: SigmaRule[] = [];
  const diagnostics: Diagnostic[] = [];
  list.forEach((doc, documentIndex) => {
    diagnostics.push(...yamlDiagnostics(doc, text, lines));
    const context = new ParseContext(text, lines, doc, maxNodes);
    const rule = parseDocument(context, documentIndex);
    if (rule) rules.push(rule);
    diagnostics.push(...context.diagnostics);
  });
  return { rules, diagnostics };
}

function yamlDiagnostics(doc: Document.Parsed, text: string, lines: LineIndex): Diagnostic[] {
  const problems = [...doc.errors.map((error) => ({ error, severity: 'error' as const })), ...doc.warnings.map((error) => ({ error, severity: 'warning' as const }))];
  return problems.map(({ error, severity }) => ({
    code: error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax',
    severity,
    message: yamlMessage(error.code, error.message),
    range: lines.rangeOf(error.pos[0], tokenEnd(text, error.pos[0], error.pos[1])),
  }));
}

/** YAML errors often mark one character; widen the range to the word there so editors underline it visibly. */
function tokenEnd(text: string, start: number, end: number): number {
  if (end > start + 1) return end;
  let cursor = start;
  while (cursor < text.length && !/[\s:,[\]{}]/.test(text[cursor])) cursor++;
  return Math.max(cursor, end, start);
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'Duplicate key: YAML map keys must be unique, and the later value would be lost';
  return `YAML: ${message.split('\n')[0]}`;
}

function parseDocument(context: ParseContext, documentIndex: number): SigmaRule | undefined {
  const root = context.doc.contents;
  const range = context.rangeOf(root);
  if (!isMap(root)) {
    if (root && !(root.range && root.range[0] === root.range[1])) {
      context.report('not-a-mapping', 'error', 'A Sigma rule must be a YAML map of keys such as title, logsource and detection', range);
    }
    return undefined;
  }
  const entries = context.entries(root);
  const byKey = new Map<string, MapEntry>();
  for (const entry of entries) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
  if (!SIGMA_KEYS.some((key) => byKey.has(key))) return undefined;
  return buildRule(context, documentIndex, range, entries, byKey);
}

function buildRule(context: ParseContext, documentIndex: number, range: Range, entries: MapEntry[], byKey: Map<string, MapEntry>): SigmaRule {
  const kind = ruleKind(byKey);
  const rule: SigmaRule = {
    kind,
    documentIndex,
    range,
    attributes: entries.map((entry) => toAttribute(context, entry)),
    title: locatedString(context, byKey.get('title')),
    id: locatedString(context, byKey.get('id')),
    name: locatedString(context, byKey.get('name')),
    status: locatedString(context, byKey.get('status')),
    level: locatedString(context, byKey.get('level')),
    tags: locatedStrings(context, byKey.get('tags')?.value ?? null),
    yaml: context.doc,
  };
  const logsource = byKey.get('logsource');
  if (logsource) rule.logsource = parseLogsource(context, logsource.value, logsource.valueRange);
  parseBody(context, rule, byKey);
  return rule;
}

function ruleKind(byKey: Map<string, MapEntry>): RuleKind {
  if (byKey.has('correlation')) return 'correlation';
  if (byKey.has('filter')) return 'filter';
  if (byKey.has('detection')) return 'detection';
  return 'unknown';
}

function parseBody(context: ParseContext, rule: SigmaRule, byKey: Map<string, MapEntry>): void {
  const section = byKey.get(rule.kind === 'unknown' ? 'detection' : rule.kind);
  if (!section) {
    const where = byKey.get('title')?.keyRange ?? rule.range;
    context.report('missing-detection', 'error', 'This rule has no detection, correlation or filter section', where);
    return;
  }
  if (rule.kind === 'detection') rule.detection = parseDetection(context, section.value, section.valueRange);
  else if (rule.kind === 'correlation') rule.correlation = parseCorrelation(context, section.value, section.valueRange);
  else if (rule.kind === 'filter') rule.filter = parseFilter(context, section);
}

const FILTER_OWN_KEYS = new Set(['rules']);

/** A filter rule's body is a detection plus the `rules` it applies to (specification v2.1, "Sigma Filters"). */
function parseFilter(context: ParseContext, section: MapEntry): Filter {
  const rulesEntry = context.entries(section.value).find((entry) => entry.key === 'rules');
  const rules = rulesEntry ? locatedStrings(context, rulesEntry.value) : [];
  const detection = parseDetection(context, section.value, section.valueRange, FILTER_OWN_KEYS);
  return { range: section.valueRange, rules, detection };
}
