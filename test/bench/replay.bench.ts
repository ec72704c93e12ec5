import { readFileSync } from 'node:fs';
import { compileRules, type RuleInput } from '../../server/src/core/replay/compile-rules';
import type { ReplayEvent } from '../../server/src/core/replay/event-context';
import { flattenEvtxEvent } from '../../server/src/core/replay/evtx-flatten';
import { ReplaySession } from '../../server/src/core/replay/replay-session';
import { BASELINE_WINDOW } from '../../server/src/core/samples/baseline-generator';
import { generateWindowsBaseline } from '../../server/src/core/samples/baseline-windows';
import { createRng } from '../../server/src/core/samples/prng';
import { parseRule } from '../../server/src/core/sigma/parse-rule';
import { sigmahqRuleFiles } from '../support/shared-data';
import type { BenchSection } from './bench';
import { elapsedMs, formatMs } from './timing';

const EVENT_COUNT = 100_000;

/**
 * Replay throughput: compile all SigmaHQ rules (target < 1 s), then replay the Windows rules over
 * 100,000 realistic Windows events from the sample library's seeded baseline generator
 * (target >= 50,000 events/s, single thread). Events are flattened before timing the engine.
 */
const section: BenchSection = {
  title: 'Replay: compile the SigmaHQ corpus, replay the Windows rules over 100,000 events',
  run() {
    const inputs = parseAllRules();
    const compileRuns = [0, 1, 2, 3].map(() => timeCompile(inputs)).slice(1);
    const windows = inputs.filter((input) => input.rule.logsource?.product?.value === 'windows');
    const compiled = compileRules(windows);
    const events = generateEvents();
    replayAll(compiled, events.slice(0, 10_000)); // warm up the JIT and the per-logsource indexes' code paths
    const runs = [0, 1, 2].map(() => replayAll(compiled, events));
    const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
    return [
      `compile ${inputs.length} rules (parsed beforehand): best of 3 ${formatMs(Math.min(...compileRuns))} (runs: ${compileRuns.map(formatMs).join(', ')})`,
      `replay ${windows.length} Windows rules over ${events.length} events: best of 3 ${formatMs(best.ms)} = ${Math.round((events.length / best.ms) * 1000)} events/s (runs: ${runs.map((run) => formatMs(run.ms)).join(', ')})`,
      `${best.matches} matches by ${best.rulesMatching} rules; busiest: ${best.top.join(', ')}`,
    ];
  },
};

function parseAllRules(): RuleInput[] {
  return sigmahqRuleFiles().flatMap((file) => parseRule(readFileSync(file, 'utf8')).rules.map((rule) => ({ rule, path: file })));
}

function timeCompile(inputs: RuleInput[]): number {
  const start = process.hrtime.bigint();
  compileRules(inputs);
  return elapsedMs(start);
}

function generateEvents(): ReplayEvent[] {
  const raw = generateWindowsBaseline(createRng(4242), BASELINE_WINDOW, EVENT_COUNT) as unknown as ReplayEvent[];
  return raw.map((event) => flattenEvtxEvent(JSON.parse(JSON.stringify(event)) as ReplayEvent));
}

function replayAll(compiled: ReturnType<typeof compileRules>, events: ReplayEvent[]): { ms: number; matches: number; rulesMatching: number; top: string[] } {
  const start = process.hrtime.bigint();
  const session = new ReplaySession(compiled);
  for (let i = 0; i < events.length; i++) session.push(events[i], { file: 'bench.jsonl', event: i });
  const results = session.finish();
  const ms = elapsedMs(start);
  const matching = results.filter((rule) => rule.matchCount > 0).sort((a, b) => b.matchCount - a.matchCount);
  const top = matching.slice(0, 3).map((rule) => `${rule.title} (${rule.matchCount})`);
  return { ms, matches: matching.reduce((total, rule) => total + rule.matchCount, 0), rulesMatching: matching.length, top };
}

export default section;
