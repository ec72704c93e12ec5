import type { Fix } from '../../sigma/diagnostic';
import type { FieldMatch, SigmaValue } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';
import { detectionsOf, fieldMatchesOf } from '../rule-detections';
import { deleteListItemLine, textOf } from '../source-text';

/** Modifiers under which a numeric-looking string is still meant as text. */
const TEXT_MODIFIERS = new Set(['contains', 'startswith', 'endswith', 're', 'base64', 'base64offset', 'windash', 'cidr', 'fieldref', 'expand', 'cased', 'wide', 'utf16le', 'utf16be', 'utf16']);
const PLACEHOLDER = /%[A-Za-z_][A-Za-z0-9_.-]*%/;

/** Value-level style and likely mistakes: the shapes SigmaHQ's conventions and pySigma's validators flag. */
export const valueStyleCheck: Check = {
  codes: {
    'number-as-string': { severity: 'hint', description: 'A number is written as a quoted string.' },
    'control-character': { severity: 'warning', description: 'A value contains a control character (often a stray \\t or \\n escape in a double-quoted string).' },
    'placeholder-without-expand': { severity: 'hint', description: 'A value has a %placeholder% but the field has no expand modifier, so it matches literally.' },
    'null-in-list': { severity: 'warning', description: 'A value list contains null; use a separate selection with `field: null` to say the field is empty.' },
    'single-element-list': { severity: 'hint', description: 'A list holds a single value; SigmaHQ style writes it as a plain value.' },
    'duplicate-value': { severity: 'warning', description: 'A value list has the same value twice.' },
  },
  run(context: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const match of fieldMatchesOf(context.rule)) {
      findings.push(...listFindings(context, match.values, match.valueIsList ? match : undefined));
      for (const value of match.values) findings.push(...scalarFindings(match, value));
    }
    for (const detection of detectionsOf(context.rule)) {
      for (const selection of detection.selections) findings.push(...listFindings(context, selection.keywords, undefined));
    }
    return findings;
  },
};

function scalarFindings(match: FieldMatch, value: SigmaValue): Finding[] {
  if (value.kind !== 'string') return [];
  const names = match.modifiers.map((modifier) => modifier.name);
  const findings: Finding[] = [];
  if (/^-?(?:0|[1-9]\d{0,14})$/.test(value.value) && !names.some((name) => TEXT_MODIFIERS.has(name))) {
    findings.push({ code: 'number-as-string', message: `'${value.value}' is a number written as a string: write it unquoted`, range: value.range, fixes: [{ title: 'Write it as a number', edits: [{ range: value.range, newText: value.value }] }] });
  }
  if (hasControlCharacter(value.value)) {
    findings.push({ code: 'control-character', message: 'The value contains a control character; in double quotes, \\t and \\n are escapes (use single quotes for backslashes)', range: value.range });
  }
  if (!names.includes('expand') && !names.includes('re') && PLACEHOLDER.test(value.value)) {
    const placeholder = PLACEHOLDER.exec(value.value)?.[0];
    findings.push({ code: 'placeholder-without-expand', message: `${placeholder} matches literally; add |expand if it is a placeholder`, range: value.range });
  }
  return findings;
}

/** Null, single-element and duplicate checks over one value list (a field's values or a keyword list). */
function listFindings(context: CheckContext, values: SigmaValue[], match: FieldMatch | undefined): Finding[] {
  const findings: Finding[] = [];
  if (values.length > 1) {
    const nulls = values.filter((value) => value.kind === 'null');
    for (const value of nulls) findings.push({ code: 'null-in-list', message: 'null inside a value list: use a separate selection with `field: null` to match an empty field', range: value.range });
  }
  if (match && values.length === 1 && !match.modifiers.some((modifier) => modifier.name === 'all')) findings.push(singleElement(context, match, values[0]));
  const seen = new Set<string>();
  for (const value of values) {
    // The parser reports values that are not scalars; they have no value to compare.
    if (value.kind === 'invalid') continue;
    const key = `${value.kind}:${String(value.value)}`;
    if (seen.has(key)) findings.push(duplicateValue(context, value));
    seen.add(key);
  }
  return findings;
}

function singleElement(context: CheckContext, match: FieldMatch, value: SigmaValue): Finding {
  const message = 'A list with a single value: write the value directly after the key';
  return { code: 'single-element-list', message, range: match.valueRange, fixes: unwrapFix(context, match, value) };
}

/** `key:\n  - value` becomes `key: value`, when the item is on one line and nothing but whitespace and `-` lies between. */
function unwrapFix(context: CheckContext, match: FieldMatch, value: SigmaValue): Fix[] | undefined {
  if (value.range.start.line !== value.range.end.line) return undefined;
  const between = textOf(context.text, context.lines, { start: match.keyRange.end, end: value.range.start });
  if (!/^['"]?:\s*(?:-|\[)\s*$/.test(between)) return undefined;
  const after = textOf(context.text, context.lines, { start: value.range.end, end: match.valueRange.end });
  if (!/^\s*\]?$/.test(after)) return undefined;
  const keyEnd = { line: match.keyRange.end.line, character: match.keyRange.end.character + (between.startsWith(':') ? 0 : 1) };
  const raw = textOf(context.text, context.lines, value.range);
  return [{ title: 'Write the single value without a list', edits: [{ range: { start: keyEnd, end: match.valueRange.end }, newText: `: ${raw}` }] }];
}

function duplicateValue(context: CheckContext, value: SigmaValue): Finding {
  const edit = deleteListItemLine(context.text, context.lines, value.range);
  const fixes = edit ? [{ title: 'Remove the duplicate value', edits: [edit] }] : undefined;
  return { code: 'duplicate-value', message: `'${String(value.value)}' is already in this list`, range: value.range, fixes };
}

/** C0 control characters and DEL; a loop rather than a regex range, which lint rightly distrusts. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
