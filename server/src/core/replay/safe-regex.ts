import { RE2JS } from 're2js';

export interface RegexFlags {
  ignoreCase: boolean;
  multiLine: boolean;
  dotAll: boolean;
}

/**
 * Compiles a rule's `re` value with RE2 (linear time), because a rule's regex is user input and a
 * backtracking engine can hang on `(a+)+$`. Returns an error message for what RE2 cannot express
 * (lookaround, backreferences) instead of throwing.
 */
export function compileSafeRegex(pattern: string, flags: RegexFlags): { test: (text: string) => boolean } | { error: string } {
  let bits = 0;
  if (flags.ignoreCase) bits |= RE2JS.CASE_INSENSITIVE;
  if (flags.multiLine) bits |= RE2JS.MULTILINE;
  if (flags.dotAll) bits |= RE2JS.DOTALL;
  try {
    const regex = RE2JS.compile(pattern, bits);
    return { test: (text) => regex.test(text) };
  } catch (error) {
    return { error: ((error as Error)?.message ?? String(error)).split('\n')[0] };
  }
}
