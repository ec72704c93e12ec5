import { tokenizeCondition } from '../sigma/condition/lexer';
import type { Condition } from '../sigma/model';
import type { LineIndex, Range } from '../sigma/position';

export interface ConditionToken {
  kind: 'keyword' | 'identifier' | 'number' | 'paren' | 'other';
  text: string;
  range: Range;
}

const KEYWORD_TYPES = new Set(['and', 'or', 'not', 'of', 'them', 'all', 'any']);

/**
 * The tokens of every condition expression with document ranges. Expressions whose source cannot be
 * found verbatim in the document (escaped or folded across lines) yield no tokens rather than wrong ranges.
 */
export function conditionTokens(condition: Condition, text: string, lines: LineIndex): ConditionToken[] {
  const tokens: ConditionToken[] = [];
  for (const expression of condition.expressions) {
    const start = lines.offsetAt(expression.range.start);
    const raw = text.slice(start, lines.offsetAt(expression.range.end));
    const at = raw.indexOf(expression.source);
    if (at < 0 || expression.source.includes('\n')) continue;
    const base = start + at;
    for (const token of tokenizeCondition(expression.source)) {
      if (token.type === 'end') continue;
      tokens.push({ kind: tokenKind(token.type), text: token.text, range: lines.rangeOf(base + token.start, base + token.end) });
    }
  }
  return tokens;
}

function tokenKind(type: string): ConditionToken['kind'] {
  if (KEYWORD_TYPES.has(type)) return 'keyword';
  if (type === 'identifier') return 'identifier';
  if (type === 'number') return 'number';
  if (type === 'lparen' || type === 'rparen') return 'paren';
  return 'other';
}
