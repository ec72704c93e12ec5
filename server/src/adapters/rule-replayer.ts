import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { compileRules } from '../core/replay/compile-rules';
import type { ReplayEvent } from '../core/replay/event-context';
import type { LogsourceHint } from '../core/replay/logsource-scope';
import { ReplaySession } from '../core/replay/replay-session';
import type { EventLocation } from '../core/replay/replay-types';
import { parseRule } from '../core/sigma/parse-rule';
import { collectEventFiles } from './log-readers/event-sources';
import { readEventFile } from './log-readers/read-events';
import type { ReplayRuleResult } from '../protocol';

/** Something that can be asked whether the caller still wants the answer (an LSP token satisfies it). */
export interface CancelSignal {
  readonly isCancellationRequested: boolean;
}

export interface RuleReplayerOptions {
  /** Attack sample folders or files: hits there are what the rule should catch. */
  samples: readonly string[];
  /** A benign baseline folder: hits there are likely false positives. */
  baseline?: string;
}

/** The replay summary is exactly what `sigma/replayRule` answers, so the two cannot drift apart. */
export type RuleReplaySummary = ReplayRuleResult;

interface LoadedEvent {
  event: ReplayEvent;
  location: EventLocation;
  hint?: LogsourceHint;
}

const MAX_LISTED_MATCHES = 20;

/**
 * Replays the rules of one editor buffer against the sample library and the benign baseline.
 * Events are read once and kept in memory, so replaying after each edit costs only evaluation;
 * the evaluation loop checks the cancel signal, so a newer edit stops an older replay.
 */
export function createRuleReplayer(options: RuleReplayerOptions): { replayRule(input: { text: string; path?: string; documentIndex: number }, cancel: CancelSignal): Promise<RuleReplaySummary> } {
  let samples: Promise<LoadedEvent[]> | undefined;
  let baseline: Promise<LoadedEvent[]> | undefined;
  return {
    async replayRule(input, cancel) {
      const started = process.hrtime.bigint();
      samples ??= loadEvents(options.samples);
      baseline ??= options.baseline ? loadEvents([options.baseline]) : Promise.resolve([]);
      const parsed = parseRule(input.text);
      const ordinal = Math.max(0, parsed.rules.findIndex((rule) => rule.documentIndex === input.documentIndex));
      if (parsed.rules.length === 0) throw new Error('the document has no Sigma rule to replay');
      const compiled = compileRules(parsed.rules.map((rule) => ({ rule, path: input.path })));
      const sampleEvents = await samples;
      const baselineEvents = await baseline;
      const inSamples = await replayLoaded(compiled, sampleEvents, ordinal, cancel);
      const inBaseline = await replayLoaded(compiled, baselineEvents, ordinal, cancel);
      const matches = inSamples.matches.slice(0, MAX_LISTED_MATCHES).map((match) => ({ source: match.file, summary: `event ${match.event + 1} of ${match.file}` }));
      const elapsedMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
      return { sampleHits: inSamples.count, baselineHits: inBaseline.count, sampleEvents: sampleEvents.length, baselineEvents: baselineEvents.length, matches, elapsedMs };
    },
  };
}

async function replayLoaded(compiled: ReturnType<typeof compileRules>, events: readonly LoadedEvent[], ordinal: number, cancel: CancelSignal): Promise<{ count: number; matches: EventLocation[] }> {
  const session = new ReplaySession(compiled, { maxMatchesPerRule: MAX_LISTED_MATCHES });
  for (let i = 0; i < events.length; i++) {
    const loaded = events[i];
    session.push(loaded.event, loaded.location, loaded.hint);
    // Give other requests a turn and honour cancellation every few thousand events.
    if (i % 2000 === 1999) {
      await new Promise((resolve) => setImmediate(resolve));
      if (cancel.isCancellationRequested) throw new Error('replay cancelled');
    }
  }
  const result = session.finish().find((rule) => rule.ordinal === ordinal);
  return { count: result?.matchCount ?? 0, matches: result?.matches ?? [] };
}

async function loadEvents(paths: readonly string[]): Promise<LoadedEvent[]> {
  const collected = await collectEventFiles(paths);
  const events: LoadedEvent[] = [];
  for (const file of collected.files) {
    let ordinal = 0;
    for await (const record of readEventFile(file.path)) {
      if (record.kind === 'event') events.push({ event: record.event, location: { file: file.path, event: ordinal++ }, hint: file.hint });
    }
  }
  return events;
}

/**
 * The sample folders and baseline to replay against: the configured paths (relative to the workspace),
 * else the bundled `samples/` library beside the server: each scenario folder is a sample, `baseline/` the baseline.
 */
export async function resolveReplayPaths(options: { samples: readonly string[]; baseline: string; workspaceRoot: string; bundledRoot: string }): Promise<RuleReplayerOptions | undefined> {
  const resolve = (file: string): string => path.resolve(options.workspaceRoot, file);
  const bundledBaseline = path.join(options.bundledRoot, 'baseline');
  const samples = options.samples.length ? options.samples.map(resolve) : await subfolders(options.bundledRoot, { except: 'baseline' });
  const baseline = options.baseline ? resolve(options.baseline) : (await exists(bundledBaseline)) ? bundledBaseline : undefined;
  const existing = (await Promise.all(samples.map(async (folder) => ((await exists(folder)) ? folder : undefined)))).filter((folder): folder is string => Boolean(folder));
  if (existing.length === 0 && !baseline) return undefined;
  return { samples: existing, baseline };
}

async function subfolders(folder: string, options: { except: string }): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory() && entry.name !== options.except && !entry.name.startsWith('.')).map((entry) => path.join(folder, entry.name));
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(() => true, () => false);
}
