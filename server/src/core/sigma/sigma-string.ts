/**
 * Sigma string values: `*` and `?` are wildcards, `\` escapes a wildcard or itself,
 * and a backslash before any other character is a plain backslash (specification v2, "Escape Character").
 */
export type StringPart =
  | { kind: 'literal'; text: string }
  | { kind: 'any' }
  | { kind: 'one' };

export interface SigmaPattern {
  parts: StringPart[];
  hasWildcards: boolean;
  /** The literal text with escapes resolved and wildcards left as they were written. */
  plain: string;
}

export function parseSigmaString(source: string): SigmaPattern {
  // Most values have no wildcard or escape: one literal part (none for the empty string), built without a scan.
  if (!/[*?\\]/.test(source)) return { parts: source ? [{ kind: 'literal', text: source }] : [], hasWildcards: false, plain: source };
  const parts: StringPart[] = [];
  let literal = '';
  let hasWildcards = false;
  const flushLiteral = (): void => {
    if (literal) parts.push({ kind: 'literal', text: literal });
    literal = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      const next = source[i + 1];
      if (next === '*' || next === '?' || next === '\\') {
        literal += next;
        i++;
      } else literal += char;
    } else if (char === '*' || char === '?') {
      flushLiteral();
      parts.push({ kind: char === '*' ? 'any' : 'one' });
      hasWildcards = true;
    } else literal += char;
  }
  flushLiteral();
  return { parts, hasWildcards, plain: parts.map(partText).join('') };
}

function partText(part: StringPart): string {
  if (part.kind === 'literal') return part.text;
  return part.kind === 'any' ? '*' : '?';
}

/** Escapes a literal so that Sigma reads it back unchanged. */
export function escapeSigmaString(literal: string): string {
  return literal.replace(/[\\*?]/g, (char) => `\\${char}`);
}
