import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AddTagRequest, SearchAttackRequest, type AddTagResult, type SearchAttackResult } from '../../server/src/protocol';

/**
 * `sigmaWorkbench.addAttackTag`: searches ATT&CK techniques and tactics as the user types and adds the
 * picked tag to the rule; the server makes the edit, so it is one undoable step.
 */
export function registerAddAttackTag(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('sigmaWorkbench.addAttackTag', async (uri?: string, documentIndex?: number) => {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri.toString();
    if (!target) return;
    const picked = await pickTag(client);
    if (!picked) return;
    const result = await client.sendRequest<AddTagResult>(AddTagRequest, { uri: target, documentIndex: documentIndex ?? 0, tag: picked });
    if (!result.applied) void vscode.window.showInformationMessage(`The rule already has ${picked}, or it could not be added.`);
  });
}

function pickTag(client: LanguageClient): Promise<string | undefined> {
  const quickPick = vscode.window.createQuickPick<vscode.QuickPickItem & { tag: string }>();
  quickPick.placeholder = 'Search ATT&CK by technique id or name (T1059, powershell, credential dumping)';
  quickPick.matchOnDescription = true;
  const search = async (query: string): Promise<void> => {
    quickPick.busy = true;
    const result = await client.sendRequest<SearchAttackResult>(SearchAttackRequest, { query, limit: 50 });
    quickPick.items = result.items.map((item) => ({ label: item.tag, description: `${item.id} ${item.name}`, detail: item.detail, tag: item.tag }));
    quickPick.busy = false;
  };
  return new Promise((resolve) => {
    quickPick.onDidChangeValue((value) => void search(value));
    quickPick.onDidAccept(() => {
      resolve(quickPick.selectedItems[0]?.tag);
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      resolve(undefined);
      quickPick.dispose();
    });
    quickPick.show();
    void search('');
  });
}
