import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * The language client: starts the bundled server (`dist/server.js`) over IPC and sends it Sigma
 * documents plus every YAML file, which the server lints only when it is a Sigma rule or lies in a
 * configured rule folder (`sigmaWorkbench.rules.folders`).
 */
export function createClient(context: ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'sigma' },
      { language: 'yaml', scheme: 'file' },
      { language: 'yaml', scheme: 'untitled' },
    ],
    // Rule files changed outside the editor keep the server's cross-file facts (duplicate ids) current.
    synchronize: { configurationSection: 'sigmaWorkbench', fileEvents: workspace.createFileSystemWatcher('**/*.{yml,yaml}') },
    outputChannelName: 'Sigma Workbench',
  };
  return new LanguageClient('sigmaWorkbench', 'Sigma Workbench', serverOptions, clientOptions);
}
