// A small, real LSP client for tests: it spawns `node dist/server.js --stdio` and speaks JSON-RPC over the
// child's pipes with vscode-languageserver-protocol. No part of the protocol is mocked.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  ApplyWorkspaceEditRequest,
  CodeLensRefreshRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IndexStatusNotification } from '../../../server/src/protocol';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');

/** The server's own notifications that tests wait for. */
const CUSTOM_NOTIFICATIONS = [IndexStatusNotification];

let built = false;

/** Bundles the server once per test run, so tests always talk to the current code. */
export function buildServer(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
  built = true;
}

/**
 * Gives the enclosing `describe` a fresh server for its tests and stops it afterwards.
 * `receive` gets the client once it is started.
 */
export function useServer(receive: (client: TestClient) => void, options?: StartOptions): void {
  let client: TestClient | undefined;
  before(async function () {
    this.timeout(60_000);
    buildServer();
    client = await TestClient.start(options);
    receive(client);
  });
  after(async () => {
    await client?.stop();
  });
}

export interface StartOptions {
  /** Answers to workspace/configuration for the `sigmaWorkbench` section. */
  settings?: Record<string, unknown>;
  workspaceFolders?: { uri: string; name: string }[];
  env?: Record<string, string>;
}

interface Waiter<T> {
  matches(value: T): boolean;
  resolve(value: T): void;
}

/** One server process and the client side of its connection. */
export class TestClient {
  readonly logs: string[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly notificationWaiters: Waiter<{ method: string; params: unknown }>[] = [];
  private readonly documents = new Map<string, TextDocument>();
  private exited = false;
  /** What the server answered to initialize. */
  initializeResult: InitializeResult | undefined;
  /** How many workspace/codeLens/refresh requests the server sent. */
  codeLensRefreshes = 0;
  private readonly refreshWaiters: Waiter<number>[] = [];
  private readonly logWaiters: Waiter<string>[] = [];

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    private readonly options: StartOptions,
  ) {}

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(child, connection, options);
    child.on('exit', () => (client.exited = true));
    child.stderr.on('data', (chunk: Buffer) => client.logs.push(`stderr: ${chunk.toString()}`));
    client.bind();
    connection.listen();
    client.initializeResult = await client.initialize();
    return client;
  }

  get isRunning(): boolean {
    return !this.exited;
  }

  private bind(): void {
    const { connection } = this;
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      settle(this.diagnosticWaiters, params);
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
      settle(this.logWaiters, params.message);
    });
    for (const method of CUSTOM_NOTIFICATIONS) {
      connection.onNotification(method, (params: unknown) => {
        const entry = { method, params };
        this.notifications.push(entry);
        settle(this.notificationWaiters, entry);
      });
    }
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.options.settings ?? {}));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(CodeLensRefreshRequest.type, () => {
      this.codeLensRefreshes++;
      settle(this.refreshWaiters, this.codeLensRefreshes);
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params.edit);
      for (const [uri, edits] of Object.entries(params.edit.changes ?? {})) this.applyToDocument(uri, edits);
      return { applied: true };
    });
  }

  private async initialize(): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: this.options.workspaceFolders ?? null,
      capabilities: {
        workspace: { configuration: true, applyEdit: true, codeLens: { refreshSupport: true }, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, rename: { prepareSupport: true } },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'sigma'): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text of an open document (a full-content change). */
  async change(uri: string, text: string): Promise<number> {
    const current = this.document(uri);
    const version = current.version + 1;
    this.documents.set(uri, TextDocument.create(uri, current.languageId, version, text));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Applies edits to the client's copy and sends the resulting text as a change, as an editor would. */
  async applyEdits(uri: string, edits: TextEdit[]): Promise<string> {
    const text = TextDocument.applyEdits(this.document(uri), edits);
    await this.change(uri, text);
    return text;
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  document(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open in the test client`);
    return document;
  }

  /** A server-initiated edit changes the document as the editor would: new text, new version, didChange. */
  private applyToDocument(uri: string, edits: TextEdit[]): void {
    const document = this.documents.get(uri);
    if (document) void this.change(uri, TextDocument.applyEdits(document, edits));
  }

  /** Resolves with the next diagnostics for `uri` that satisfy `accept` (already published ones count). */
  waitForDiagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const existing = this.diagnostics.get(uri);
    if (existing && accept(existing)) return Promise.resolve(existing.diagnostics);
    return withTimeout(
      new Promise<PublishDiagnosticsParams>((resolve) => this.diagnosticWaiters.push({ matches: (params) => params.uri === uri && accept(params), resolve })),
      timeoutMs,
      `diagnostics for ${uri}`,
    ).then((params) => params.diagnostics);
  }

  /** Diagnostics for a given document version (servers tag their publications with versions). */
  waitForVersion(uri: string, version: number, timeoutMs = 10_000): Promise<Diagnostic[]> {
    return this.waitForDiagnostics(uri, (params) => params.version === version, timeoutMs);
  }

  waitForNotification(method: string, accept: (params: unknown) => boolean = () => true, timeoutMs = 10_000): Promise<unknown> {
    const seen = this.notifications.find((entry) => entry.method === method && accept(entry.params));
    if (seen) return Promise.resolve(seen.params);
    return withTimeout(
      new Promise<{ method: string; params: unknown }>((resolve) => this.notificationWaiters.push({ matches: (entry) => entry.method === method && accept(entry.params), resolve })),
      timeoutMs,
      method,
    ).then((entry) => entry.params);
  }

  /** Resolves once the server has asked for more than `seen` code lens refreshes. */
  waitForCodeLensRefresh(seen: number, timeoutMs = 10_000): Promise<number> {
    if (this.codeLensRefreshes > seen) return Promise.resolve(this.codeLensRefreshes);
    return withTimeout(new Promise<number>((resolve) => this.refreshWaiters.push({ matches: (count) => count > seen, resolve })), timeoutMs, 'workspace/codeLens/refresh');
  }

  /** Resolves with the first `window/logMessage` (already received ones count) that matches `pattern`. */
  waitForLog(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const seen = this.logs.find((message) => pattern.test(message));
    if (seen) return Promise.resolve(seen);
    return withTimeout(new Promise<string>((resolve) => this.logWaiters.push({ matches: (message) => pattern.test(message), resolve })), timeoutMs, `a log matching ${pattern}`);
  }

  publishedDiagnostics(): Map<string, PublishDiagnosticsParams> {
    return this.diagnostics;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 2000, 'shutdown');
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server is stuck or gone: the kill below ends it either way.
    }
    const killer = setTimeout(() => this.process.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(killer);
    this.connection.dispose();
  }
}

function settle<T>(waiters: Waiter<T>[], value: T): void {
  for (let i = waiters.length - 1; i >= 0; i--) {
    if (!waiters[i].matches(value)) continue;
    waiters[i].resolve(value);
    waiters.splice(i, 1);
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
