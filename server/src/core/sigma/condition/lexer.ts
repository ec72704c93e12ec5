/** Tokens of the condition language, with offsets into the expression string. */
export type TokenType = 'identifier' | 'number' | 'and' | 'or' | 'not' | 'of' | 'them' | 'all' | 'any' | 'lparen' | 'rparen' | 'pipe' | 'invalid' | 'end';

export interface Token {
  type: TokenType;
  text: string;
  start: number;
  end: number;
}

const KEYWORDS: Record<string, TokenType> = {
  and: 'and',
  or: 'or',
  not: 'not',
  of: 'of',
  them: 'them',
  all: 'all',
  any: 'any',
};

// Search identifiers in the wild use letters, digits, `_`, `-` and `.`; `*` appears in `1 of` patterns.
const IDENTIFIER_CHAR = /[\p{L}\p{N}_\-.*]/u;

export function tokenizeCondition(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const single = singleCharToken(char);
    if (single) {
      tokens.push({ type: single, text: char, start: i, end: i + 1 });
      i++;
      continue;
    }
    const start = i;
    if (IDENTIFIER_CHAR.test(char)) {
      while (i < source.length && IDENTIFIER_CHAR.test(source[i])) i++;
      tokens.push(wordToken(source.slice(start, i), start));
      continue;
    }
    // A character outside the BMP is two UTF-16 units: report it whole.
    const width = source.codePointAt(i)! > 0xffff ? 2 : 1;
    tokens.push({ type: 'invalid', text: source.slice(i, i + width), start, end: i + width });
    i += width;
  }
  tokens.push({ type: 'end', text: '', start: source.length, end: source.length });
  return tokens;
}

function singleCharToken(char: string): TokenType | undefined {
  if (char === '(') return 'lparen';
  if (char === ')') return 'rparen';
  if (char === '|') return 'pipe';
  return undefined;
}

function wordToken(text: string, start: number): Token {
  const type = KEYWORDS[text] ?? (/^\d+$/.test(text) ? 'number' : 'identifier');
  return { type, text, start, end: start + text.length };
}
