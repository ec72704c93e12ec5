import { randomUUID } from 'node:crypto';
import type { CodeAction, CodeActionParams } from 'vscode-languageserver/node';
import { codeActionsFor, type EditorAction } from '../core/language/code-actions';
import { ClientCommands } from '../protocol';
import { toLspDiagnostic, toLspTextEdit } from './convert';
import { validateDocument } from './diagnostics';
import type { Session } from './session';

/** textDocument/codeAction: quick fixes carried by diagnostics, generate id, sort keys, ATT&CK tag and replay commands. */
export function codeActionHandler(session: Session) {
  return async (params: CodeActionParams): Promise<CodeAction[] | null> => {
    const uri = params.textDocument.uri;
    const analysis = session.documents.getSigma(uri);
    if (!analysis) return null;
    const diagnostics = analysis.diagnostics ?? (await validateDocument(session, { uri, text: analysis.text, parsed: analysis.parsed }));
    const actions = codeActionsFor({
      text: analysis.text,
      file: analysis.parsed,
      lines: analysis.lines,
      range: params.range,
      diagnostics,
      uri,
      newId: randomUUID,
      capabilities: { addAttackTag: Boolean(session.resourceData.attack), replayRule: Boolean(session.replay) },
    });
    const wanted = params.context.only;
    return actions.filter((action) => !wanted || wanted.some((kind) => action.kind === kind || action.kind.startsWith(`${kind}.`))).map((action) => toCodeAction(uri, action));
  };
}

function toCodeAction(uri: string, action: EditorAction): CodeAction {
  const result: CodeAction = { title: action.title, kind: action.kind, isPreferred: action.isPreferred };
  if (action.edits) result.edit = { changes: { [uri]: action.edits.map(toLspTextEdit) } };
  if (action.diagnostics?.length) result.diagnostics = action.diagnostics.map(toLspDiagnostic);
  if (action.command) result.command = { title: action.command.title, command: ClientCommands[action.command.command], arguments: action.command.arguments };
  return result;
}
