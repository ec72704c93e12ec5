import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend, type SemanticTokensParams } from 'vscode-languageserver/node';
import { SEMANTIC_TOKEN_KINDS, semanticTokens } from '../core/language/semantic-tokens';
import type { Session } from './session';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_KINDS], tokenModifiers: [] };

const KIND_INDEX = new Map<string, number>(SEMANTIC_TOKEN_KINDS.map((kind, index) => [kind, index]));

/** textDocument/semanticTokens/full: modifiers, condition keywords and names, wildcards and escapes. */
export function semanticTokensHandler(session: Session) {
  return (params: SemanticTokensParams): SemanticTokens => {
    const analysis = session.documents.getSigma(params.textDocument.uri);
    const builder = new SemanticTokensBuilder();
    if (!analysis) return builder.build();
    for (const token of semanticTokens(analysis.parsed, analysis.text, analysis.lines)) {
      builder.push(token.line, token.character, token.length, KIND_INDEX.get(token.kind) ?? 0, 0);
    }
    return builder.build();
  };
}
