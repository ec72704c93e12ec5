import * as path from 'node:path';
import { compileRules, type RuleInput } from '../core/replay/compile-rules';
import type { CompiledRuleSet } from '../core/replay/compiled-rule';
import type { LogsourceHint } from '../core/replay/logsource-scope';
import type { Pipeline } from '../core/replay/pipeline';
import { ReplaySession } from '../core/replay/replay-session';
import type { RuleReplayResult } from '../core/replay/replay-types';
import { parseRule } from '../core/sigma/parse-rule';
import { collectEventFiles } from './log-readers/event-sources';
import { readEventFile } from './log-readers/read-events';
import { loadPipeline } from './pipeline-files';
import { collectRulePaths, isUnreadable, readRuleFile } from './rule-files';

export interface ReplayFilesOptions {
  /** Rule files and folders (`.tests.yml`, `manifest.yml` and `info.yml` files are skipped). */
  rules: readonly string[];
  /** Events files and folders (sample scenarios are read through their manifests). */
  events: readonly string[];
  /** Bundled pipeline names (`sysmon`, `ecs-windows`) or pipeline files. */
  pipelines?: readonly string[];
  explain?: boolean;
  /** Logsource of events files that no manifest describes. */
  logsource?: LogsourceHint;
  timestampFields?: readonly string[];
  placeholders?: Readonly<Record<string, readonly string[]>>;
  /** A benign baseline folder: each rule's hits there are reported as likely false positives. */
  baseline?: string;
}

export interface EventReadError {
  file: string;
  line: number;
  message: string;
}

export interface ReplayEventStats {
  read: number;
  skipped: number;
  errors: EventReadError[];
}

export interface ReplayReport {
  rules: (RuleReplayResult & { baselineHits?: number })[];
  events: ReplayEventStats;
  elapsedMs: number;
  /** Warnings about the input as a whole (unreadable rule files, ignored pipeline parts). */
  warnings: string[];
}

/** At most this many read errors are listed; `skipped` still counts them all. */
const MAX_LISTED_ERRORS = 1000;

/**
 * Replays rule files over events files: the one entry point the CLI `replay` and `test` commands
 * and the language server share. Returns `{error}` for input that makes the replay meaningless
 * (no rules, a missing path, a bad pipeline).
 */
export async function replayFiles(options: ReplayFilesOptions): Promise<ReplayReport | { error: string }> {
  const started = process.hrtime.bigint();
  const warnings: string[] = [];
  const pipelines = await loadPipelines(options.pipelines ?? [], warnings);
  if ('error' in pipelines) return pipelines;
  const loaded = await loadRuleInputs(options.rules);
  if ('error' in loaded) return loaded;
  warnings.push(...loaded.warnings);
  const compiled = compileRules(loaded.inputs, { pipelines, placeholders: options.placeholders });
  const replayed = await replayEventPaths(compiled, options.events, options);
  if ('error' in replayed) return replayed;
  const rules: ReplayReport['rules'] = replayed.results;
  if (options.baseline) {
    const baseline = await replayEventPaths(compiled, [options.baseline], { ...options, explain: false });
    if ('error' in baseline) return baseline;
    rules.forEach((rule, index) => (rule.baselineHits = baseline.results[index].matchCount));
  }
  return { rules, events: replayed.stats, elapsedMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6), warnings };
}

/** Replays already compiled rules over events paths. */
export async function replayEventPaths(compiled: CompiledRuleSet, events: readonly string[], options: Pick<ReplayFilesOptions, 'explain' | 'logsource' | 'timestampFields'>): Promise<{ results: RuleReplayResult[]; stats: ReplayEventStats } | { error: string }> {
  const collected = await collectEventFiles(events, { fallbackHint: options.logsource });
  if (collected.missing.length) return { error: collected.missing.map((item) => `cannot read events ${item.path}: ${item.reason}`).join('\n') };
  const session = new ReplaySession(compiled, { explain: options.explain, timestampFields: options.timestampFields });
  const stats: ReplayEventStats = { read: 0, skipped: 0, errors: [] };
  for (const file of collected.files) {
    let ordinal = 0;
    for await (const record of readEventFile(file.path)) {
      if (record.kind === 'event') {
        stats.read++;
        session.push(record.event, { file: file.path, event: ordinal++, line: record.line }, file.hint);
      } else {
        stats.skipped++;
        if (stats.errors.length < MAX_LISTED_ERRORS) stats.errors.push({ file: file.path, line: record.line, message: record.message });
      }
    }
  }
  return { results: session.finish(), stats };
}

async function loadPipelines(names: readonly string[], warnings: string[]): Promise<Pipeline[] | { error: string }> {
  const pipelines: Pipeline[] = [];
  for (const name of names) {
    const loaded = await loadPipeline(name);
    if ('error' in loaded) return loaded;
    pipelines.push(loaded.pipeline);
    warnings.push(...loaded.warnings);
  }
  return pipelines;
}

const NOT_RULES = /(\.tests\.ya?ml|[\\/]manifest\.ya?ml|[\\/]info\.ya?ml)$/i;

/** Reads and parses rule files; files with no Sigma rule in them are skipped silently. */
export async function loadRuleInputs(paths: readonly string[]): Promise<{ inputs: RuleInput[]; warnings: string[] } | { error: string }> {
  const { paths: files, missing } = await collectRulePaths(paths);
  if (missing.length) return { error: missing.map((item) => `cannot read rules ${item.path}: ${item.reason}`).join('\n') };
  const inputs: RuleInput[] = [];
  const warnings: string[] = [];
  for (const file of files.filter((name) => !NOT_RULES.test(path.sep + name))) {
    const read = await readRuleFile(file);
    if (isUnreadable(read)) {
      warnings.push(`cannot read rule ${read.path}: ${read.reason}`);
      continue;
    }
    for (const rule of parseRule(read.text).rules) inputs.push({ rule, path: file });
  }
  if (inputs.length === 0) return { error: `no Sigma rules found in ${paths.join(', ')}` };
  return { inputs, warnings };
}
