import * as path from 'node:path';
import { compileRules, type RuleInput } from '../core/replay/compile-rules';
import { judgeCount } from '../core/replay/expectations';
import type { Pipeline } from '../core/replay/pipeline';
import type { RuleReplayResult } from '../core/replay/replay-types';
import { findBaseline, type RuleExpectations } from './expectation-files';
import { loadRuleInputs, replayEventPaths } from './replay-runner';

export type TestStatus = 'passed' | 'failed' | 'skipped';

export interface TestCaseResult {
  rulePath: string;
  ruleId?: string;
  ruleTitle: string;
  name: string;
  format: 'tests-yml' | 'sigmahq-regression';
  source: string;
  status: TestStatus;
  matches?: number;
  expected: string;
  message?: string;
}

/** A rule's hits on the benign baseline: likely false positives unless listed as known. */
export interface BaselineReport {
  rulePath: string;
  ruleTitle: string;
  baseline: string;
  hits: number;
  known: number;
  likelyFalsePositives: number;
}

export interface TestRunReport {
  tests: TestCaseResult[];
  baselines: BaselineReport[];
  problems: string[];
  summary: { total: number; passed: number; failed: number; skipped: number };
  elapsedMs: number;
}

interface RuleUnderTest {
  expectations: RuleExpectations;
  target?: { ordinal: number; id?: string; title: string };
}

/**
 * Runs replay expectations. All rules are compiled once and each distinct events path is replayed
 * once for every rule, so a shared baseline costs one pass however many rules use it.
 */
export interface RunExpectationsOptions {
  pipelines?: readonly Pipeline[];
  /** Report each rule's hits on the nearest `samples/baseline` above it (default true). */
  baselineReport?: boolean;
}

export async function runExpectations(rules: readonly RuleExpectations[], options: RunExpectationsOptions = {}): Promise<TestRunReport> {
  const started = process.hrtime.bigint();
  const problems = rules.flatMap((rule) => rule.problems);
  const inputs: RuleInput[] = [];
  const underTest: RuleUnderTest[] = [];
  for (const expectations of rules) underTest.push(await addRule(expectations, inputs, problems));
  const compiled = compileRules(inputs, { pipelines: options.pipelines });
  const replays = new Map<string, RuleReplayResult[] | { error: string }>();
  const replay = async (eventsPath: string): Promise<RuleReplayResult[] | { error: string }> => {
    const key = path.resolve(eventsPath);
    if (!replays.has(key)) {
      const result = await replayEventPaths(compiled, [eventsPath], {});
      replays.set(key, 'error' in result ? result : result.results);
    }
    return replays.get(key)!;
  };
  const tests: TestCaseResult[] = [];
  const baselines: BaselineReport[] = [];
  for (const rule of underTest) {
    for (const test of rule.expectations.tests) tests.push(await runTest(rule, test, replay));
    const baseline = options.baselineReport === false ? undefined : await baselineReport(rule, replay);
    if (baseline) baselines.push(baseline);
  }
  const count = (status: TestStatus): number => tests.filter((test) => test.status === status).length;
  const summary = { total: tests.length, passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
  return { tests, baselines, problems, summary, elapsedMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6) };
}

async function addRule(expectations: RuleExpectations, inputs: RuleInput[], problems: string[]): Promise<RuleUnderTest> {
  const loaded = await loadRuleInputs([expectations.rulePath]);
  if ('error' in loaded) {
    problems.push(loaded.error);
    return { expectations };
  }
  const offset = inputs.length;
  inputs.push(...loaded.inputs);
  // A file with a correlation is tested through the correlation; otherwise through its first detection.
  const correlation = loaded.inputs.findIndex((input) => input.rule.kind === 'correlation');
  const chosen = correlation >= 0 ? correlation : Math.max(0, loaded.inputs.findIndex((input) => input.rule.kind === 'detection'));
  const rule = loaded.inputs[chosen].rule;
  return { expectations, target: { ordinal: offset + chosen, id: rule.id?.value, title: rule.title?.value ?? path.basename(expectations.rulePath) } };
}

async function runTest(rule: RuleUnderTest, test: RuleExpectations['tests'][number], replay: (events: string) => Promise<RuleReplayResult[] | { error: string }>): Promise<TestCaseResult> {
  const base = { rulePath: rule.expectations.rulePath, ruleId: rule.target?.id, ruleTitle: rule.target?.title ?? path.basename(rule.expectations.rulePath), name: test.name, format: test.format, source: test.source };
  const { expected } = judgeCount(0, test.expect, test.knownFalsePositives);
  if (!rule.target) return { ...base, status: 'failed', expected, message: 'the rule file has no rule that can be replayed' };
  if (test.unavailable) return { ...base, status: test.unavailable.skip ? 'skipped' : 'failed', expected, message: test.unavailable.reason };
  let matches = 0;
  for (const events of test.events) {
    const results = await replay(events);
    if ('error' in results) return { ...base, status: 'failed', expected, message: results.error };
    matches += results.find((result) => result.ordinal === rule.target!.ordinal)?.matchCount ?? 0;
  }
  const verdict = judgeCount(matches, test.expect, test.knownFalsePositives);
  const message = verdict.pass ? undefined : `expected ${verdict.expected} matches, got ${matches}`;
  return { ...base, status: verdict.pass ? 'passed' : 'failed', matches, expected: verdict.expected, message };
}

/** Rules with our own expectations get their benign-baseline hits reported, minus the known false positives their tests list. */
async function baselineReport(rule: RuleUnderTest, replay: (events: string) => Promise<RuleReplayResult[] | { error: string }>): Promise<BaselineReport | undefined> {
  if (!rule.target || !rule.expectations.tests.some((test) => test.format === 'tests-yml')) return undefined;
  const baseline = findBaseline(rule.expectations.rulePath);
  if (!baseline) return undefined;
  const results = await replay(baseline);
  if ('error' in results) return undefined;
  const hits = results.find((result) => result.ordinal === rule.target!.ordinal)?.matchCount ?? 0;
  const baselineTests = rule.expectations.tests.filter((test) => test.events.some((events) => path.resolve(events) === path.resolve(baseline)));
  const known = baselineTests.flatMap((test) => test.knownFalsePositives).reduce((total, entry) => total + entry.count, 0);
  return { rulePath: rule.expectations.rulePath, ruleTitle: rule.target.title, baseline, hits, known, likelyFalsePositives: Math.max(0, hits - known) };
}
