// The extension's entry point: start the language client and register the commands. Wiring only.
import type { ExtensionContext } from 'vscode';
import { createClient } from './client';
import { registerAddAttackTag } from './commands/add-attack-tag';
import { registerReplayRule } from './commands/replay-rule';

export async function activate(context: ExtensionContext): Promise<void> {
  const client = createClient(context);
  // Disposing the client on deactivation stops the server; no module-level state is needed.
  context.subscriptions.push(client, registerReplayRule(client), registerAddAttackTag(client));
  await client.start();
}

export function deactivate(): void {
  // Everything is in context.subscriptions, which VS Code disposes.
}
