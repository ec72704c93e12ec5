/**
 * The longest run of literal characters that every match of a regular expression must contain,
 * lowercased, or undefined when none is certain. Conservative: a top-level alternation gives up,
 * and groups, classes and escapes such as `\d` count as unknown text.
 */
export function requiredRegexLiteral(pattern: string): string | undefined {
  if (hasTopLevelAlternation(pattern)) return undefined;
  const runs: string[] = [];
  let run = '';
  let i = 0;
  while (i < pattern.length) {
    const atom = readAtom(pattern, i);
    const quantifier = readQuantifier(pattern, atom.end);
    i = quantifier?.end ?? atom.end;
    if (atom.literal !== undefined && !quantifier) {
      run += atom.literal;
      continue;
    }
    // A required repeated literal still belongs to the run, but what follows it may not.
    if (atom.literal !== undefined && quantifier && quantifier.min >= 1) run += atom.literal;
    runs.push(run);
    run = '';
  }
  runs.push(run);
  const best = runs.sort((a, b) => b.length - a.length)[0];
  // Even one character helps: a backtick or a quote is rare in most fields, and a common one costs no more than no needle.
  return best.length >= 1 ? best.toLowerCase() : undefined;
}

function readAtom(pattern: string, start: number): { literal?: string; end: number } {
  const char = pattern[start];
  if (char === '\\') return readEscape(pattern, start);
  if (char === '[') return { end: skipClass(pattern, start) + 1 };
  if (char === '(') return { end: skipGroup(pattern, start) + 1 };
  if (char === '.' || char === '^' || char === '$') return { end: start + 1 };
  return { literal: char, end: start + 1 };
}

function readEscape(pattern: string, start: number): { literal?: string; end: number } {
  const next = pattern[start + 1];
  if (next === undefined) return { end: start + 1 };
  if (!/[A-Za-z0-9]/.test(next)) return { literal: next, end: start + 2 };
  if (next === 'x') return { end: pattern[start + 2] === '{' ? pattern.indexOf('}', start) + 1 || pattern.length : start + 4 };
  if (next === 'u') return { end: start + 6 };
  if ((next === 'p' || next === 'P') && pattern[start + 2] === '{') return { end: pattern.indexOf('}', start) + 1 || pattern.length };
  if (next === 'p' || next === 'P' || next === 'c') return { end: start + 3 };
  if (next === 'Q') {
    const end = pattern.indexOf('\\E', start);
    return { end: end < 0 ? pattern.length : end + 2 };
  }
  return { end: start + 2 };
}

function readQuantifier(pattern: string, start: number): { min: number; end: number } | undefined {
  const char = pattern[start];
  let min: number;
  let end: number;
  if (char === '*' || char === '?') [min, end] = [0, start + 1];
  else if (char === '+') [min, end] = [1, start + 1];
  else if (char === '{') {
    const match = /^\{(\d*)(,\d*)?\}/.exec(pattern.slice(start));
    if (!match) return undefined;
    [min, end] = [Number(match[1] || 0), start + match[0].length];
  } else return undefined;
  if (pattern[end] === '?' || pattern[end] === '+') end++;
  return { min, end };
}

/** The index of the `]` closing the class that opens at `start`. */
function skipClass(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return pattern.length;
}

/** The index of the `)` closing the group that opens at `start`. */
function skipGroup(pattern: string, start: number): number {
  let depth = 0;
  for (let i = start; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') i++;
    else if (char === '[') i = skipClass(pattern, i);
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return pattern.length;
}

function hasTopLevelAlternation(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') i++;
    else if (char === '[') i = skipClass(pattern, i);
    else if (char === '(') i = skipGroup(pattern, i);
    else if (char === '|') return true;
  }
  return false;
}
