import { ResponseError, ErrorCodes, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver/node';
import { prepareRenameSelection, renameSelection } from '../core/language/rename-selection';
import { toLspTextEdit } from './convert';
import type { Session } from './session';

/** textDocument/prepareRename: the selection name under the cursor, or null when there is nothing to rename. */
export function prepareRenameHandler(session: Session) {
  return (params: PrepareRenameParams): { range: Range; placeholder: string } | null => {
    const analysis = session.documents.getSigma(params.textDocument.uri);
    const target = analysis && prepareRenameSelection({ text: analysis.text, file: analysis.parsed, lines: analysis.lines, position: params.position });
    return target ? { range: target.range, placeholder: target.name } : null;
  };
}

/** textDocument/rename: the selection key and every condition reference, as one workspace edit. */
export function renameHandler(session: Session) {
  return (params: RenameParams): WorkspaceEdit | ResponseError | null => {
    const analysis = session.documents.getSigma(params.textDocument.uri);
    if (!analysis) return null;
    const result = renameSelection({ text: analysis.text, file: analysis.parsed, lines: analysis.lines, position: params.position, newName: params.newName });
    if ('error' in result) return new ResponseError(ErrorCodes.InvalidParams, result.error);
    return { changes: { [params.textDocument.uri]: result.edits.map(toLspTextEdit) } };
  };
}
