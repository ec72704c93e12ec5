import type { Fix } from '../../sigma/diagnostic';
import type { FieldMatch, Modifier } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';
import { fieldMatchesOf } from '../rule-detections';
import { textOf } from '../source-text';

const STRING_MATCH = ['contains', 'startswith', 'endswith'];
const NUMERIC = ['lt', 'lte', 'gt', 'gte'];
const REGEX_FLAGS = ['i', 'm', 's'];
const ENCODINGS = ['utf16le', 'utf16be', 'utf16', 'wide'];
/** Modifiers that transform or match a plain string value, so they cannot apply to a regular expression. */
const NOT_WITH_RE = ['contains', 'startswith', 'endswith', 'base64', 'base64offset', 'windash', 'cidr', 'wide', 'utf16le', 'utf16be', 'utf16'];

/** Combinations of modifiers that are contradictory, redundant or that the specification rules out. */
export const modifierChainCheck: Check = {
  codes: {
    'duplicate-modifier': { severity: 'error', description: 'A modifier appears twice in one field key.' },
    'conflicting-modifiers': { severity: 'error', description: 'Two modifiers contradict each other (contains with startswith, re with contains, two numeric comparisons).' },
    'regex-flag-without-re': { severity: 'error', description: 'A regular-expression flag (i, m, s) is used without re.' },
    'base64offset-without-contains': { severity: 'error', description: 'base64offset is used without contains; the encoded value only matches inside a longer string.' },
    'encoding-without-base64': { severity: 'error', description: 'A UTF-16 encoding modifier is used without base64 or base64offset after it.' },
    'windash-with-all': { severity: 'warning', description: 'windash with all: each value expands to alternatives that must be OR\'ed inside the AND of all; not every backend converts that correctly.' },
    'all-single-value': { severity: 'warning', description: 'all is applied to a single value, where it does nothing.' },
    'all-never-matches': { severity: 'error', description: 'all requires one field to equal several different plain values at once, which never matches; add contains, startswith or endswith.' },
  },
  run(context: CheckContext): Finding[] {
    return fieldMatchesOf(context.rule).flatMap((match) => checkChain(context, match));
  },
};

function checkChain(context: CheckContext, match: FieldMatch): Finding[] {
  const names = match.modifiers.map((modifier) => modifier.name);
  const has = (name: string): boolean => names.includes(name);
  const findings = duplicateModifiers(context, match);
  const conflict = conflictOf(names);
  if (conflict) findings.push({ code: 'conflicting-modifiers', message: conflict, range: match.keyRange });
  const flag = match.modifiers.find((modifier) => REGEX_FLAGS.includes(modifier.name));
  if (flag && !has('re')) findings.push({ code: 'regex-flag-without-re', message: `'${flag.name}' is a regular-expression flag: it needs the re modifier`, range: flag.range });
  const offset = match.modifiers.find((modifier) => modifier.name === 'base64offset');
  if (offset && !has('contains')) findings.push({ code: 'base64offset-without-contains', message: 'base64offset only matches inside a longer string: add |contains after it', range: offset.range });
  const encoding = match.modifiers.find((modifier) => ENCODINGS.includes(modifier.name));
  if (encoding && !names.slice(names.indexOf(encoding.name)).some((name) => name === 'base64' || name === 'base64offset')) {
    findings.push({ code: 'encoding-without-base64', message: `${encoding.name} changes the bytes to encode: it needs base64 or base64offset after it`, range: encoding.range });
  }
  const all = match.modifiers.find((modifier) => modifier.name === 'all');
  if (all && has('windash')) findings.push({ code: 'windash-with-all', message: "windash with all: each value becomes several alternatives that must be OR'ed inside the AND of all; check that your backend converts this, or split the values into separate selections", range: all.range });
  if (all && match.values.length < 2) findings.push(allSingleValue(context, all));
  if (all && match.field !== null && neverMatches(match, names)) {
    findings.push({ code: 'all-never-matches', message: `'${match.field}' cannot equal all of these values at once: add contains, startswith or endswith`, range: all.range });
  }
  return findings;
}

/** Exact matching of one field against two or more different literal values, AND'ed (pySigma's "all without contains"). */
function neverMatches(match: FieldMatch, names: string[]): boolean {
  if (names.some((name) => name !== 'all' && name !== 'cased')) return false;
  const literals = new Set<string>();
  for (const value of match.values) {
    if (value.kind !== 'string' || value.pattern.hasWildcards) return false;
    literals.add(names.includes('cased') ? value.value : value.value.toLowerCase());
  }
  return literals.size > 1;
}

function duplicateModifiers(context: CheckContext, match: FieldMatch): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const modifier of match.modifiers) {
    if (!modifier.name) continue;
    if (seen.has(modifier.name)) findings.push({ code: 'duplicate-modifier', message: `The modifier '${modifier.name}' is already applied`, range: modifier.range, fixes: removeModifier(context, modifier, `Remove the second '${modifier.name}'`) });
    seen.add(modifier.name);
  }
  return findings;
}

function conflictOf(names: string[]): string | undefined {
  const stringMatch = names.filter((name) => STRING_MATCH.includes(name));
  if (new Set(stringMatch).size > 1) return `${stringMatch.join(' and ')} contradict each other: use one of them`;
  const numeric = names.filter((name) => NUMERIC.includes(name));
  if (new Set(numeric).size > 1) return `${numeric.join(' and ')} cannot both apply to one value: use two fields entries or a range`;
  const withRe = names.includes('re') ? names.filter((name) => NOT_WITH_RE.includes(name)) : [];
  if (withRe.length > 0) return `re takes a regular expression as it is: ${withRe.join(', ')} cannot apply to it`;
  return undefined;
}

function allSingleValue(context: CheckContext, all: Modifier): Finding {
  return { code: 'all-single-value', message: "'all' links the values of a list with AND; with a single value it does nothing", range: all.range, fixes: removeModifier(context, all, "Remove '|all'") };
}

/** Deletes `|name` from the key, when the source has the `|` right before the modifier. */
function removeModifier(context: CheckContext, modifier: Modifier, title: string): Fix[] | undefined {
  const { start, end } = modifier.range;
  if (start.line !== end.line || start.character === 0) return undefined;
  const range = { start: { line: start.line, character: start.character - 1 }, end };
  if (textOf(context.text, context.lines, range) !== `|${modifier.name}`) return undefined;
  return [{ title, edits: [{ range, newText: '' }] }];
}
