import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReplayRuleRequest, type ReplayRuleParams, type ReplayRuleResult } from '../../server/src/protocol';

/**
 * `sigmaWorkbench.replayRule`: replays a rule (the code lens and code action pass the document and the
 * rule's index; the command palette uses the active editor) and shows the counts.
 */
export function registerReplayRule(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('sigmaWorkbench.replayRule', async (uri?: string, documentIndex?: number) => {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri.toString();
    if (!target) return;
    const params: ReplayRuleParams = { uri: target, documentIndex: documentIndex ?? 0 };
    try {
      const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Replaying rule…' }, () => client.sendRequest<ReplayRuleResult | null>(ReplayRuleRequest, params));
      if (result) void vscode.window.showInformationMessage(summarize(result));
      else void vscode.window.showErrorMessage('Replay failed: see the Sigma Workbench output.');
    } catch (error) {
      void vscode.window.showErrorMessage(`Replay failed: ${(error as Error).message}`);
    }
  });
}

function summarize(result: ReplayRuleResult): string {
  const samples = result.sampleEvents > 0 ? `${result.sampleHits} of ${result.sampleEvents} sample events` : 'no attack samples';
  const baseline = result.baselineEvents > 0 ? `${result.baselineHits} of ${result.baselineEvents} benign events` : 'no benign baseline';
  return `Replay: ${samples} match; ${baseline} match (${result.elapsedMs} ms).`;
}
