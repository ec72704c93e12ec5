import {
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type CodeLensParams,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { AddTagRequest, ReplayRuleRequest, SearchAttackRequest } from '../protocol';
import { codeActionHandler } from './code-actions';
import { ReplayLenses } from './code-lens';
import { completionHandler } from './completion';
import { DiagnosticsScheduler } from './diagnostics';
import { formattingHandler } from './formatting';
import { hoverHandler } from './hover';
import { definitionHandler, referencesHandler } from './navigation';
import { prepareRenameHandler, renameHandler } from './rename';
import { loadResources } from './resources';
import { loadSampleExamples } from './sample-examples';
import { createHandlerGuard, createTimingSink, type GuardOptions, type HandlerGuard, type TimingSink } from './safe-handler';
import { SEMANTIC_TOKENS_LEGEND, semanticTokensHandler } from './semantic-tokens';
import { createSession, type Session } from './session';
import { mergeSettings, SettingsStore, type ServerSettings } from './settings';
import { addTagHandler, replayRuleHandler, searchAttackHandler } from './sigma-requests';
import { documentSymbolHandler, foldingRangeHandler } from './symbols';
import { WorkspaceIndexer } from './workspace-indexer';

/** Binds every LSP method to its handler, one line each, and starts listening. */
export function startServer(connection: Connection, options: GuardOptions): void {
  const guard = createHandlerGuard(connection, options);
  let server: ServerState | undefined;
  const current = (): ServerState => {
    if (!server) throw new Error('The server received a request before initialize');
    return server;
  };
  const on = <P extends unknown[], R>(name: string, make: (session: Session) => (...args: P) => R | Promise<R>, fallback: R) =>
    guard.wrap(name, (...args: P) => make(current().session)(...args), fallback);
  const lenses = (_session: Session) => (params: CodeLensParams) => current().services.lenses.provide(params);
  connection.onInitialize((params) => {
    server = initialize(connection, params, guard, createTimingSink(connection, options));
    return capabilities();
  });
  connection.onInitialized(guard.wrapNotification('initialized', () => onInitialized(current(), guard)));
  connection.onHover(on('hover', hoverHandler, null));
  connection.onCompletion(on('completion', completionHandler, null));
  connection.onDefinition(on('definition', definitionHandler, null));
  connection.onReferences(on('references', referencesHandler, null));
  connection.onPrepareRename(on('prepareRename', prepareRenameHandler, null));
  connection.onRenameRequest(on('rename', renameHandler, null));
  connection.onDocumentSymbol(on('documentSymbol', documentSymbolHandler, null));
  connection.onFoldingRanges(on('foldingRange', foldingRangeHandler, null));
  connection.languages.semanticTokens.on(on('semanticTokens', semanticTokensHandler, { data: [] }));
  connection.onDocumentFormatting(on('formatting', formattingHandler, null));
  connection.onCodeAction(on('codeAction', codeActionHandler, null));
  connection.onCodeLens(on('codeLens', lenses, null));
  connection.onRequest(ReplayRuleRequest, on('replayRule', replayRuleHandler, null));
  connection.onRequest(SearchAttackRequest, on('searchAttack', searchAttackHandler, { items: [] }));
  connection.onRequest(AddTagRequest, on('addTag', addTagHandler, { applied: false }));
  connection.onDidChangeConfiguration(guard.wrapNotification('didChangeConfiguration', () => onConfigurationChanged(current())));
  connection.onDidChangeWatchedFiles(guard.wrapNotification('didChangeWatchedFiles', (params) => current().services.indexer.filesChanged(params.changes)));
  connection.listen();
}

function capabilities(): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['|', ':', ' ', '.', '-'], resolveProvider: false },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
      documentFormattingProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'refactor', 'refactor.rewrite', 'source.fixAll'] },
      codeLensProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'sigma-workbench' },
  };
}

/** Per-server helpers that own timers and background runs, created once at initialize. */
interface Services {
  diagnostics: DiagnosticsScheduler;
  indexer: WorkspaceIndexer;
  lenses: ReplayLenses;
}

interface ServerState {
  session: Session;
  services: Services;
}

function initialize(connection: Connection, params: InitializeParams, guard: HandlerGuard, timing: TimingSink): ServerState {
  const pull = Boolean(params.capabilities.workspace?.configuration);
  const initial = (params.initializationOptions ?? {}) as Partial<ServerSettings>;
  const session = createSession(connection, new SettingsStore(connection, { pull, initial: mergeSettings(initial) }), timing);
  session.workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  session.client = { codeLensRefresh: Boolean(params.capabilities.workspace?.codeLens?.refreshSupport), applyEdit: Boolean(params.capabilities.workspace?.applyEdit) };
  const diagnostics = new DiagnosticsScheduler(session);
  const services: Services = { diagnostics, indexer: new WorkspaceIndexer(session, diagnostics), lenses: new ReplayLenses(session) };
  bindDocuments(session, services, guard);
  return { session, services };
}

function bindDocuments(session: Session, services: Services, guard: HandlerGuard): void {
  const { documents } = session.documents;
  documents.onDidChangeContent(guard.wrapNotification('didChangeContent', (event) => {
    services.lenses.invalidate(event.document.uri);
    return services.diagnostics.schedule(event.document.uri);
  }));
  documents.onDidClose(guard.wrapNotification('didClose', (event) => {
    services.lenses.invalidate(event.document.uri);
    services.diagnostics.closed(event.document.uri);
    // Back to the file's saved facts: the closed editor may have held unsaved changes.
    return services.indexer.filesChanged([{ uri: event.document.uri, type: FileChangeType.Changed }]);
  }));
  session.documents.listen(session.connection);
}

async function onInitialized(server: ServerState, guard: HandlerGuard): Promise<void> {
  void server.session.connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
  await guard.wrapNotification('loadResources', () => loadResources(server.session))();
  await server.services.indexer.run(server.session.workspaceFolders);
  // After the workspace index, so reading the sample library never competes with it for the CPU.
  await guard.wrapNotification('loadSampleExamples', () => loadSampleExamples(server.session))();
}

async function onConfigurationChanged(server: ServerState): Promise<void> {
  server.session.settings.clear();
  await loadResources(server.session);
  server.services.diagnostics.revalidateAll();
  await server.services.indexer.run(server.session.workspaceFolders);
  await loadSampleExamples(server.session);
}
