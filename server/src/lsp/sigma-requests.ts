import { CancellationToken, ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { addTagEdit } from '../core/language/rule-edits';
import type { AddTagParams, AddTagResult, ReplayRuleParams, ReplayRuleResult, SearchAttackParams, SearchAttackResult } from '../protocol';
import { toLspTextEdit } from './convert';
import { pathOf, type Session } from './session';

/** `sigma/replayRule`: replays one rule of an open document; an error when no replay engine is available. */
export function replayRuleHandler(session: Session) {
  return async (params: ReplayRuleParams, token: CancellationToken): Promise<ReplayRuleResult | ResponseError> => {
    const analysis = session.documents.getSigma(params.uri);
    if (!analysis) return new ResponseError(ErrorCodes.InvalidParams, `${params.uri} is not an open Sigma document`);
    if (!session.replay) return new ResponseError(ErrorCodes.InternalError, 'Replay is not available: the server has no replay engine or sample library loaded');
    try {
      return await session.replay.replayRule({ text: analysis.text, path: pathOf(params.uri), documentIndex: params.documentIndex ?? 0 }, token);
    } catch (error) {
      // A rule that cannot be replayed is an answer for the user, not a server failure.
      return new ResponseError(ErrorCodes.InvalidRequest, `Replay failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** `sigma/searchAttack`: ATT&CK techniques and tactics for the "Add an ATT&CK tag" quick pick. */
export function searchAttackHandler(session: Session) {
  return (params: SearchAttackParams): SearchAttackResult => {
    const found = session.resourceData.attack?.searchTags(params.query ?? '', { limit: Math.min(params.limit ?? 50, 200) }) ?? [];
    return { items: found.map((info) => ({ tag: info.tag, id: info.id, name: info.name, detail: info.tactics?.join(', ') ?? info.kind })) };
  };
}

/** `sigma/addTag`: adds a tag to a rule through workspace/applyEdit, so the user can undo it. */
export function addTagHandler(session: Session) {
  return async (params: AddTagParams): Promise<AddTagResult> => {
    const analysis = session.documents.getSigma(params.uri);
    const rule = analysis?.parsed.rules.find((candidate) => candidate.documentIndex === (params.documentIndex ?? 0)) ?? analysis?.parsed.rules[0];
    if (!analysis || !rule || !/^[\w.-]+$/.test(params.tag)) return { applied: false };
    const edit = addTagEdit({ text: analysis.text, lines: analysis.lines, rule, tag: params.tag });
    if (!edit) return { applied: false };
    const result = await session.connection.workspace.applyEdit({ label: `Add tag ${params.tag}`, edit: { changes: { [params.uri]: [toLspTextEdit(edit)] } } });
    return { applied: result.applied };
  };
}
