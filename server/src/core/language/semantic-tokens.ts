import type { Condition, ParsedFile, SigmaValue } from '../sigma/model';
import { comparePositions, type LineIndex } from '../sigma/position';
import { conditionTokens } from './condition-tokens';
import { fieldMatches } from './field-match-at';
import { detectionOf } from './selection-references';

/** The token kinds the server reports; the LSP legend lists them in this order. */
export const SEMANTIC_TOKEN_KINDS = ['keyword', 'function', 'variable', 'operator', 'regexp', 'number'] as const;
export type SemanticTokenKind = (typeof SEMANTIC_TOKEN_KINDS)[number];

/** One token on one line (semantic tokens never span lines). */
export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  kind: SemanticTokenKind;
}

/**
 * Modifiers (`function`), condition keywords (`keyword`), selection names in conditions (`variable`),
 * wildcards (`operator`) and escapes (`regexp`), sorted by position as the LSP encoding needs.
 */
export function semanticTokens(file: ParsedFile, text: string, lines: LineIndex): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  for (const rule of file.rules) {
    const detection = detectionOf(rule);
    if (!detection) continue;
    for (const match of fieldMatches(detection)) {
      for (const modifier of match.modifiers) if (modifier.known) tokens.push(tokenOf(modifier.range.start, modifier.name.length, 'function'));
      // A regular expression's `*` and `?` are not Sigma wildcards.
      if (match.modifiers.some((modifier) => modifier.name === 're')) continue;
      for (const value of match.values) tokens.push(...wildcardTokens(value, text, lines));
    }
    for (const selection of detection.selections) for (const value of selection.keywords) tokens.push(...wildcardTokens(value, text, lines));
    if (detection.condition) tokens.push(...conditionSemanticTokens(detection.condition, text, lines));
  }
  return tokens.sort((a, b) => comparePositions(a, b));
}

function conditionSemanticTokens(condition: Condition, text: string, lines: LineIndex): SemanticToken[] {
  const result: SemanticToken[] = [];
  for (const token of conditionTokens(condition, text, lines)) {
    const kind: SemanticTokenKind | undefined = token.kind === 'keyword' ? 'keyword' : token.kind === 'identifier' ? 'variable' : token.kind === 'number' ? 'number' : undefined;
    if (kind) result.push(tokenOf(token.range.start, token.text.length, kind));
  }
  return result;
}

/** Wildcards and escapes of a single-line string value whose source text is found verbatim. */
function wildcardTokens(value: SigmaValue, text: string, lines: LineIndex): SemanticToken[] {
  if (value.kind !== 'string' || value.range.start.line !== value.range.end.line) return [];
  const start = lines.offsetAt(value.range.start);
  const raw = text.slice(start, lines.offsetAt(value.range.end));
  const at = raw.indexOf(value.value);
  if (at < 0 || !/[*?\\]/.test(value.value)) return [];
  const tokens: SemanticToken[] = [];
  const source = value.value;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    const position = lines.positionAt(start + at + i);
    if (char === '\\' && /[*?\\]/.test(source[i + 1] ?? '')) {
      tokens.push(tokenOf(position, 2, 'regexp'));
      i++;
    } else if (char === '*' || char === '?') tokens.push(tokenOf(position, 1, 'operator'));
  }
  return tokens;
}

function tokenOf(position: { line: number; character: number }, length: number, kind: SemanticTokenKind): SemanticToken {
  return { line: position.line, character: position.character, length, kind };
}
