import { RE2JS } from 're2js';
import type { FieldMatch, SigmaValue } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';
import { fieldMatchesOf } from '../rule-detections';

/**
 * PCRE features outside the Sigma regular-expression subset, which RE2 (a linear-time engine, as most
 * backends' safe regex engines are) rejects. Named so the message says what to change.
 */
const UNSUPPORTED_FEATURES: { pattern: RegExp; name: string }[] = [
  { pattern: /\(\?<?[=!]/, name: 'lookaround ((?=, (?!, (?<=, (?<!)' },
  { pattern: /\\[1-9]|\\k<|\\g\{?-?\d/, name: 'backreferences (\\1, \\k<name>)' },
  { pattern: /\(\?>/, name: 'atomic groups ((?>...))' },
  { pattern: /[*+?}]\+/, name: 'possessive quantifiers (*+, ++)' },
  { pattern: /\(\?R\)|\(\?\d\)|\(\?&/, name: 'recursion' },
  { pattern: /\(\?\(/, name: 'conditionals ((?(...)...))' },
  { pattern: /\\[ZGXRKhHvV]/, name: 'PCRE-only escapes (\\Z, \\G, \\K, \\R, \\h, \\v)' },
];

/** `re` values compile, and stay within the specification's PCRE subset (decided with RE2 through re2js). */
export const regexCheck: Check = {
  codes: {
    'invalid-regex': { severity: 'error', description: 'A re value is not a valid regular expression.' },
    'unsupported-regex': { severity: 'warning', description: 'A re value uses a PCRE feature outside the Sigma subset (lookaround, backreferences, ...), which many backends reject.' },
  },
  run(context: CheckContext): Finding[] {
    return fieldMatchesOf(context.rule).filter(isRegexMatch).flatMap((match) => match.values.flatMap(checkValue));
  },
};

function isRegexMatch(match: FieldMatch): boolean {
  return match.modifiers.some((modifier) => modifier.name === 're');
}

function checkValue(value: SigmaValue): Finding[] {
  if (value.kind !== 'string') return [];
  const problem = regexProblem(value.value);
  if (!problem) return [];
  return [{ code: problem.supported ? 'invalid-regex' : 'unsupported-regex', message: problem.message, range: value.range }];
}

/** Why a pattern is not a valid Sigma regular expression, or undefined when it is. */
export function regexProblem(pattern: string): { message: string; supported: boolean } | undefined {
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (error) {
    const feature = UNSUPPORTED_FEATURES.find((item) => item.pattern.test(pattern));
    if (feature && compilesInJavaScript(pattern)) {
      return { message: `The regular expression uses ${feature.name}, which is outside the Sigma regex subset and unsupported by RE2-based backends`, supported: false };
    }
    const reason = (error as Error).message.replace(/^error parsing regexp: /, '');
    return { message: `Invalid regular expression: ${reason}`, supported: true };
  }
}

/** Compiling (never running) a JavaScript RegExp tells a real PCRE feature from a plain syntax error. */
function compilesInJavaScript(pattern: string): boolean {
  try {
    new RegExp(pattern.replace(/\(\?[imsx]+\)/g, ''), 'u');
    return true;
  } catch {
    try {
      new RegExp(pattern.replace(/\(\?[imsx]+\)/g, ''));
      return true;
    } catch {
      return /\(\?>|[*+?}]\+|\(\?R\)|\(\?\(|\\[ZGXRKhHvV]/.test(pattern);
    }
  }
}
