import type { Diagnostic } from '../sigma/diagnostic';
import type { SigmaRule } from '../sigma/model';

/**
 * Per-rule suppression: a rule can turn codes off for itself, in three ways.
 *
 * 1. A top-level attribute, a list (or one string) of codes, for the whole rule:
 *    `sigma-workbench-disable: [single-element-list, all-of-them]`
 * 2. A comment on a line of its own, for the whole rule (YAML document) it is in or precedes:
 *    `# sigma-workbench-disable single-element-list, all-of-them`
 * 3. A comment at the end of a line, or on the line before, for findings that start on that line:
 *    `Image|endswith: '*\cmd.exe'  # sigma-workbench-disable-line wildcard-instead-of-modifier`
 *    `# sigma-workbench-disable-next-line wildcard-instead-of-modifier`
 *
 * Codes are separated by commas or spaces; a comment without codes disables every code in its scope.
 * Suppression only hides findings: it never changes how the rule parses or matches.
 */
export const SUPPRESSION_ATTRIBUTE = 'sigma-workbench-disable';

const DIRECTIVE = /(?:^|\s)#\s*sigma-workbench-disable(-line|-next-line)?(?![\w-])(.*)$/;
const ALL_CODES = '*';

/** The suppressions of one file: codes per rule (by index) and codes per 0-based line. */
export interface Suppressions {
  byRule: Map<number, Set<string>>;
  byLine: Map<number, Set<string>>;
}

/** Reads every suppression directive of a file. Cheap when there is none: one substring search. */
export function readSuppressions(text: string, rules: readonly SigmaRule[]): Suppressions {
  const suppressions: Suppressions = { byRule: new Map(), byLine: new Map() };
  rules.forEach((rule, index) => {
    const attribute = rule.attributes.find((item) => item.key === SUPPRESSION_ATTRIBUTE);
    if (attribute) addCodes(suppressions.byRule, index, codesOf(attribute.value));
  });
  if (text.includes('sigma-workbench-disable')) readComments(text, rules, suppressions);
  return suppressions;
}

function readComments(text: string, rules: readonly SigmaRule[], suppressions: Suppressions): void {
  text.split(/\r\n|\r|\n/).forEach((line, lineNumber) => {
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    const codes = splitCodes(match[2]);
    if (match[1] === '-line') addCodes(suppressions.byLine, lineNumber, codes);
    else if (match[1] === '-next-line') addCodes(suppressions.byLine, lineNumber + 1, codes);
    else addCodes(suppressions.byRule, ruleIndexAt(rules, lineNumber), codes);
  });
}

/** Whether a diagnostic is suppressed by a directive of its rule or of its line. */
export function isSuppressed(diagnostic: Diagnostic, suppressions: Suppressions, rules: readonly SigmaRule[]): boolean {
  if (suppressions.byRule.size === 0 && suppressions.byLine.size === 0) return false;
  const line = diagnostic.range.start.line;
  return covers(suppressions.byLine.get(line), diagnostic.code) || covers(suppressions.byRule.get(ruleIndexAt(rules, line)), diagnostic.code);
}

/** The rule a line belongs to: the first whose range ends at or after it (comments before a document belong to it). */
function ruleIndexAt(rules: readonly SigmaRule[], line: number): number {
  const index = rules.findIndex((rule) => rule.range.end.line >= line);
  return index >= 0 ? index : rules.length - 1;
}

function covers(codes: Set<string> | undefined, code: string): boolean {
  return codes !== undefined && (codes.has(ALL_CODES) || codes.has(code));
}

function codesOf(value: unknown): string[] {
  if (typeof value === 'string') return splitCodes(value);
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string').flatMap(splitCodes);
  return [];
}

function splitCodes(text: string): string[] {
  const codes = text.split(/[\s,]+/).filter((code) => /^[a-z0-9-]+$/.test(code));
  return codes.length > 0 ? codes : [ALL_CODES];
}

function addCodes(map: Map<number, Set<string>>, key: number, codes: string[]): void {
  const set = map.get(key) ?? new Set<string>();
  for (const code of codes) set.add(code);
  map.set(key, set);
}
