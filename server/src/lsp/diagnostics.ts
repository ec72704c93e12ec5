import { pathToFileURL } from 'node:url';
import { extractFileFacts } from '../core/language/workspace-stats';
import type { Diagnostic } from '../core/sigma/diagnostic';
import type { ParsedFile } from '../core/sigma/model';
import { validateFile } from '../core/validate/validate-file';
import { toLspDiagnostic } from './convert';
import { pathOf, type Session } from './session';
import type { ServerSettings } from './settings';

/**
 * Validates open documents as the user types: each change restarts a short per-document timer, and
 * only the newest version is published. Timers live in this object, owned by the server.
 */
export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly session: Session) {}

  /** Validates after the configured delay, superseding any pending run for the document. */
  async schedule(uri: string): Promise<void> {
    const delay = (await this.session.settings.get(uri)).diagnostics.delay;
    this.cancel(uri);
    this.timers.set(uri, setTimeout(() => void this.run(uri), delay));
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  /** Clears a closed document's diagnostics; the indexer republishes the saved file's findings for rule-folder files. */
  closed(uri: string): void {
    this.cancel(uri);
    if (!pathOf(uri)) this.session.stats.delete(uri);
    void this.session.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Re-validates every open document, after settings or workspace facts changed. */
  revalidateAll(): void {
    for (const document of this.session.documents.all()) void this.schedule(document.uri);
  }

  private async run(uri: string): Promise<void> {
    this.timers.delete(uri);
    const start = process.hrtime.bigint();
    const analysis = this.session.documents.get(uri);
    if (!analysis) return;
    if (!analysis.isSigma) {
      await this.session.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    // The editor's text, not the file on disk, is what other rules' duplicate checks must see.
    this.session.stats.set(factsKey(uri), extractFileFacts(analysis.parsed));
    const diagnostics = await validateDocument(this.session, { uri, text: analysis.text, parsed: analysis.parsed });
    if (this.session.documents.get(uri)?.version !== analysis.version) return;
    analysis.diagnostics = diagnostics;
    await this.session.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: diagnostics.map(toLspDiagnostic) });
    this.session.timing('diagnostics', Number(process.hrtime.bigint() - start) / 1e6);
  }
}

/** Runs every check over one file with the workspace's cross-file facts and the resource's severity settings. */
export async function validateDocument(session: Session, input: { uri: string; text: string; parsed: ParsedFile }): Promise<Diagnostic[]> {
  return validateText(session, input, await session.settings.get(input.uri));
}

/** The synchronous core of `validateDocument`, for callers that already hold the settings (the workspace pass). */
export function validateText(session: Session, input: { uri: string; text: string; parsed: ParsedFile }, settings: ServerSettings): Diagnostic[] {
  return validateFile(input.text, input.parsed, {
    path: factsKey(input.uri),
    workspace: session.stats.workspaceFacts(),
    resources: session.resources,
    severities: settings.validation.severity,
  });
}

/** Where a document's facts are kept: its file path, or the URI of an unsaved document. */
export function factsKey(uri: string): string {
  return pathOf(uri) ?? uri;
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}
