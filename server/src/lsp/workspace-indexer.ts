import * as path from 'node:path';
import { FileChangeType, type FileEvent, type WorkspaceFolder } from 'vscode-languageserver/node';
import { isUnreadable, readRuleFile } from '../adapters/rule-files';
import { indexRuleFiles, listRuleFiles, resolveRuleFolders } from '../adapters/workspace-index';
import { extractFileFacts } from '../core/language/workspace-stats';
import { parseRule } from '../core/sigma/parse-rule';
import { IndexStatusNotification, type IndexStatusParams } from '../protocol';
import { toLspDiagnostic } from './convert';
import { uriOf, validateDocument, validateText, type DiagnosticsScheduler } from './diagnostics';
import { pathOf, type Session } from './session';

/**
 * Indexes the rule folders of every workspace folder in the background: first the cross-file facts
 * of every rule (ids, names, logsources, fields), then, with complete facts, the diagnostics of files
 * that are not open. A newer run (settings changed) cancels an older one between chunks.
 */
export class WorkspaceIndexer {
  private generation = 0;

  constructor(
    private readonly session: Session,
    private readonly diagnostics: DiagnosticsScheduler,
  ) {}

  async run(folders: readonly WorkspaceFolder[]): Promise<void> {
    const generation = ++this.generation;
    const isCancelled = (): boolean => generation !== this.generation;
    const started = process.hrtime.bigint();
    const ruleFolders = await this.resolveFolders(folders);
    this.session.ruleFolders = ruleFolders;
    this.session.documents.invalidateAll();
    const paths = await listRuleFiles(ruleFolders);
    const status = (state: IndexStatusParams['state'], files: number, extra: Partial<IndexStatusParams> = {}): void =>
      void this.session.connection.sendNotification(IndexStatusNotification, { state, files, elapsedMs: elapsedMs(started), ...extra });
    status('indexing', 0);
    const indexed = await indexRuleFiles({ paths, isCancelled, visit: (file) => this.session.stats.set(file.path, extractFileFacts(parseRule(file.text))) });
    if (indexed.cancelled) return;
    status('indexed', indexed.files);
    this.diagnostics.revalidateAll();
    const published = (await this.session.settings.get(undefined)).diagnostics.workspace ? await this.publishWorkspaceDiagnostics(paths, isCancelled) : 0;
    if (!isCancelled()) status('done', indexed.files, { filesWithDiagnostics: published });
  }

  private async resolveFolders(folders: readonly WorkspaceFolder[]): Promise<string[]> {
    const resolved: string[] = [];
    for (const folder of folders) {
      const root = pathOf(folder.uri);
      if (!root) continue;
      const settings = await this.session.settings.get(folder.uri);
      resolved.push(...(await resolveRuleFolders(root, settings.rules.folders)));
    }
    return resolved;
  }

  /**
   * workspace/didChangeWatchedFiles (and an editor closing): keeps the facts of rule files on disk up to
   * date and republishes the findings of those that are not open.
   */
  async filesChanged(changes: readonly FileEvent[]): Promise<void> {
    for (const change of changes) {
      const file = pathOf(change.uri);
      if (!file || !this.isRuleFile(file)) continue;
      if (change.type === FileChangeType.Deleted) {
        this.session.stats.delete(file);
        if (!this.session.documents.get(change.uri)) void this.session.connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        continue;
      }
      const read = await readRuleFile(file);
      if (isUnreadable(read)) continue;
      const parsed = parseRule(read.text);
      this.session.stats.set(file, extractFileFacts(parsed));
      if (!this.session.documents.get(change.uri) && (await this.session.settings.get(change.uri)).diagnostics.workspace) {
        const diagnostics = await validateDocument(this.session, { uri: change.uri, text: read.text, parsed });
        void this.session.connection.sendDiagnostics({ uri: change.uri, diagnostics: diagnostics.map(toLspDiagnostic) });
      }
    }
    this.diagnostics.revalidateAll();
  }

  private isRuleFile(file: string): boolean {
    return /\.ya?ml$/i.test(file) && this.session.ruleFolders.some((folder) => file.startsWith(folder + path.sep));
  }

  /**
   * Publishes findings for rule files that are not open; an open document's own run owns its diagnostics.
   * Settings are read once for the pass: asking the client per file would flood it with requests.
   */
  private async publishWorkspaceDiagnostics(paths: readonly string[], isCancelled: () => boolean): Promise<number> {
    const open = new Set(this.session.documents.all().map((document) => pathOf(document.uri)));
    const settings = await this.session.settings.get(this.session.workspaceFolders[0]?.uri);
    let published = 0;
    await indexRuleFiles({
      paths: paths.filter((file) => !open.has(file)),
      isCancelled,
      visit: (file) => {
        const uri = uriOf(file.path);
        const diagnostics = validateText(this.session, { uri, text: file.text, parsed: parseRule(file.text) }, settings);
        if (diagnostics.length === 0) return;
        published++;
        void this.session.connection.sendDiagnostics({ uri, diagnostics: diagnostics.map(toLspDiagnostic) });
      },
    });
    return published;
  }
}

function elapsedMs(start: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - start) / 1e6);
}
