import { randomUUID } from 'node:crypto';
import type { CompletionList, CompletionParams } from 'vscode-languageserver/node';
import { completeAt } from '../core/language/completion';
import { toCompletionItem } from './convert';
import { languageDataOf, type Session } from './session';

/** textDocument/completion: LSP params -> core `completeAt` -> completion list. */
export function completionHandler(session: Session) {
  return (params: CompletionParams): CompletionList | null => {
    const analysis = session.documents.getSigma(params.textDocument.uri);
    if (!analysis) return null;
    const result = completeAt({
      text: analysis.text,
      file: analysis.parsed,
      lines: analysis.lines,
      position: params.position,
      data: languageDataOf(session),
      newId: randomUUID,
      today: new Date().toISOString().slice(0, 10),
    });
    return { isIncomplete: result.isIncomplete, items: result.items.map(toCompletionItem) };
  };
}
