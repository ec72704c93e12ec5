import type { Fix, TextEdit } from '../../sigma/diagnostic';
import type { FieldMatch, SigmaValue } from '../../sigma/model';
import type { StringPart } from '../../sigma/sigma-string';
import type { Check, CheckContext, Finding } from '../check';
import { fieldMatchesOf } from '../rule-detections';
import { requoteScalar, textOf } from '../source-text';

type StringValue = Extract<SigmaValue, { kind: 'string' }>;
type Shape = 'contains' | 'startswith' | 'endswith';
/** Modifiers that leave wildcards meaning what they mean in a plain value, so a string-match modifier can still be added. */
const NEUTRAL_MODIFIERS = new Set(['all', 'cased', 'windash']);

/** Wildcard use that a modifier says better, or that is probably a mistake. */
export const wildcardsCheck: Check = {
  codes: {
    'wildcard-instead-of-modifier': { severity: 'warning', description: "A value wrapped in '*' wildcards where contains, startswith or endswith says the same." },
    'double-wildcard': { severity: 'warning', description: "A value has '**', which matches the same as '*'." },
    'escaped-wildcard': { severity: 'information', description: "A value has an escaped wildcard ('\\*' or '\\?'), which matches a literal '*' or '?'." },
  },
  run(context: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const match of fieldMatchesOf(context.rule)) {
      const strings = match.values.filter((value): value is StringValue => value.kind === 'string');
      const instead = insteadOfModifier(context, match, strings);
      if (instead) findings.push(instead);
      for (const value of strings) findings.push(...valueFindings(context, value));
    }
    return findings;
  },
};

function insteadOfModifier(context: CheckContext, match: FieldMatch, strings: StringValue[]): Finding | undefined {
  if (match.field === null || strings.length === 0 || strings.length !== match.values.length) return undefined;
  if (match.modifiers.some((modifier) => !NEUTRAL_MODIFIERS.has(modifier.name))) return undefined;
  const shapes = new Set(strings.map((value) => shapeOf(value.pattern.parts)));
  const [shape] = shapes;
  if (shapes.size !== 1 || !shape) return undefined;
  const message = `Use the ${shape} modifier instead of wildcards: \`${match.field}|${shape}\``;
  return { code: 'wildcard-instead-of-modifier', message, range: match.keyRange, fixes: modifierFix(context, match, strings, shape), data: { modifier: shape } };
}

/** `*x*`, `x*` or `*x` with literal text only in between; anything else keeps its wildcards. */
function shapeOf(parts: StringPart[]): Shape | undefined {
  const leading = parts[0]?.kind === 'any';
  const trailing = parts.length > 1 && parts[parts.length - 1].kind === 'any';
  const inner = parts.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (inner.length !== 1 || inner[0].kind !== 'literal') return undefined;
  if (leading && trailing) return 'contains';
  if (leading) return 'endswith';
  return trailing ? 'startswith' : undefined;
}

function modifierFix(context: CheckContext, match: FieldMatch, strings: StringValue[], shape: Shape): Fix[] | undefined {
  const edits: TextEdit[] = [{ range: { start: match.fieldRange.end, end: match.fieldRange.end }, newText: `|${shape}` }];
  for (const value of strings) {
    const raw = textOf(context.text, context.lines, value.range);
    const source = value.value;
    const content = source.slice(shape === 'startswith' ? 0 : 1, shape === 'endswith' ? undefined : -1);
    const newText = requoteScalar(raw, content);
    if (newText === undefined) return undefined;
    edits.push({ range: value.range, newText });
  }
  return [{ title: `Use |${shape} instead of wildcards`, edits }];
}

function valueFindings(context: CheckContext, value: StringValue): Finding[] {
  const findings: Finding[] = [];
  const parts = value.pattern.parts;
  if (parts.some((part, index) => part.kind === 'any' && parts[index + 1]?.kind === 'any')) {
    findings.push({ code: 'double-wildcard', message: "'**' matches the same as '*'", range: value.range, fixes: doubleWildcardFix(context, value) });
  }
  if (/\\[*?]/.test(value.value.replace(/\\\\/g, ''))) {
    findings.push({ code: 'escaped-wildcard', message: "'\\*' and '\\?' match a literal '*' or '?': write '*' or '?' for a wildcard, or '\\\\*' for a backslash followed by a wildcard", range: value.range });
  }
  return findings;
}

function doubleWildcardFix(context: CheckContext, value: StringValue): Fix[] | undefined {
  if (value.value.includes('\\')) return undefined;
  const newText = requoteScalar(textOf(context.text, context.lines, value.range), value.value.replace(/\*{2,}/g, '*'));
  return newText === undefined ? undefined : [{ title: "Replace '**' with '*'", edits: [{ range: value.range, newText }] }];
}
