import type { DocumentSymbol, DocumentSymbolParams, FoldingRange, FoldingRangeParams } from 'vscode-languageserver/node';
import { documentSymbols, foldingSpans } from '../core/language/document-symbols';
import { toDocumentSymbol } from './convert';
import type { Session } from './session';

/** textDocument/documentSymbol: rules, their top-level keys and the selections of each detection. */
export function documentSymbolHandler(session: Session) {
  return (params: DocumentSymbolParams): DocumentSymbol[] | null => {
    const analysis = session.documents.getSigma(params.textDocument.uri);
    return analysis ? documentSymbols(analysis.parsed).map(toDocumentSymbol) : null;
  };
}

/** textDocument/foldingRange: multi-line keys and selections. */
export function foldingRangeHandler(session: Session) {
  return (params: FoldingRangeParams): FoldingRange[] | null => {
    const analysis = session.documents.getSigma(params.textDocument.uri);
    return analysis ? foldingSpans(analysis.parsed).map((span) => ({ startLine: span.startLine, endLine: span.endLine })) : null;
  };
}
