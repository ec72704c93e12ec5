import type { DocumentFormattingParams, TextEdit } from 'vscode-languageserver/node';
import { formatDocument } from '../core/language/format-document';
import { toLspTextEdit } from './convert';
import type { Session } from './session';

/** textDocument/formatting: normalized indentation and SigmaHQ key order, comments kept. */
export function formattingHandler(session: Session) {
  return (params: DocumentFormattingParams): TextEdit[] | null => {
    const analysis = session.documents.getSigma(params.textDocument.uri);
    if (!analysis) return null;
    return formatDocument(analysis.text, { tabSize: params.options.tabSize }).map(toLspTextEdit);
  };
}
