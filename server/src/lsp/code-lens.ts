import { CancellationTokenSource, CodeLensRefreshRequest, type CodeLens, type CodeLensParams } from 'vscode-languageserver/node';
import type { ReplayRuleResult } from '../protocol';
import { ClientCommands } from '../protocol';
import { pathOf, type Session } from './session';

interface ReplayRun {
  version: number;
  documentIndex: number;
  source: CancellationTokenSource;
  result?: ReplayRuleResult;
  error?: string;
}

/**
 * The "Replay: N hits in samples · M on benign baseline" lens above `detection:`. Replays run in the
 * background, one per document version; an edit cancels the running one, and a finished run asks the
 * client to refresh its lenses.
 */
export class ReplayLenses {
  private readonly runs = new Map<string, ReplayRun[]>();

  constructor(private readonly session: Session) {}

  /** textDocument/codeLens */
  async provide(params: CodeLensParams): Promise<CodeLens[] | null> {
    const uri = params.textDocument.uri;
    const analysis = this.session.documents.getSigma(uri);
    if (!analysis || !this.session.replay || !(await this.session.settings.get(uri)).replay.codeLens) return null;
    const lenses: CodeLens[] = [];
    for (const rule of analysis.parsed.rules) {
      const detection = rule.attributes.find((attribute) => attribute.key === 'detection');
      if (!detection || rule.kind !== 'detection') continue;
      const run = this.runFor(uri, analysis.version, analysis.text, rule.documentIndex);
      lenses.push({ range: detection.keyRange, command: { title: lensTitle(run), command: ClientCommands.replayRule, arguments: [uri, rule.documentIndex] } });
    }
    return lenses;
  }

  /** Cancels the replays of older versions of a document (on every change and on close). */
  invalidate(uri: string): void {
    for (const run of this.runs.get(uri) ?? []) run.source.cancel();
    this.runs.delete(uri);
  }

  private runFor(uri: string, version: number, text: string, documentIndex: number): ReplayRun {
    const runs = this.runs.get(uri) ?? [];
    const existing = runs.find((run) => run.version === version && run.documentIndex === documentIndex);
    if (existing) return existing;
    const run: ReplayRun = { version, documentIndex, source: new CancellationTokenSource() };
    runs.push(run);
    this.runs.set(uri, runs);
    void this.start(uri, text, run);
    return run;
  }

  private async start(uri: string, text: string, run: ReplayRun): Promise<void> {
    try {
      run.result = await this.session.replay?.replayRule({ text, path: pathOf(uri), documentIndex: run.documentIndex }, run.source.token);
    } catch (error) {
      run.error = error instanceof Error ? error.message : String(error);
    }
    if (run.source.token.isCancellationRequested) return;
    if (this.session.client.codeLensRefresh) void this.session.connection.sendRequest(CodeLensRefreshRequest.type);
  }
}

function lensTitle(run: ReplayRun): string {
  if (run.error) return `Replay failed: ${run.error}`;
  if (!run.result) return 'Replay: running…';
  const { sampleHits, baselineHits, sampleEvents, baselineEvents } = run.result;
  const inSamples = sampleEvents > 0 ? `${sampleHits} hit${sampleHits === 1 ? '' : 's'} in samples` : 'no attack samples';
  const onBaseline = baselineEvents > 0 ? `${baselineHits} on benign baseline` : 'no benign baseline';
  return `Replay: ${inSamples} · ${onBaseline}`;
}
