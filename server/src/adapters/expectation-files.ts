import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseRegressionInfo, parseTestsFile, regressionExpectation, type CountExpectation, type KnownFalsePositive } from '../core/replay/expectations';
import { parseRule } from '../core/sigma/parse-rule';
import { collectRulePaths } from './rule-files';

/** One replay test, with its events paths resolved. */
export interface ResolvedTest {
  name: string;
  format: 'tests-yml' | 'sigmahq-regression';
  /** The file that defined it (`.tests.yml` or `info.yml`). */
  source: string;
  events: string[];
  expect: CountExpectation;
  knownFalsePositives: KnownFalsePositive[];
  /** Set when the test cannot run; `skip` when the data is absent by design (SigmaHQ regression data). */
  unavailable?: { reason: string; skip: boolean };
}

export interface RuleExpectations {
  rulePath: string;
  tests: ResolvedTest[];
  problems: string[];
}

const TESTS_SUFFIX = /\.tests\.ya?ml$/i;

/**
 * Finds every expectation under the given paths: `<rule>.tests.yml` beside a rule, and SigmaHQ's
 * `regression_tests_path` attribute. A `.tests.yml` path selects the rule beside it.
 */
export async function collectExpectations(inputs: readonly string[]): Promise<{ rules: RuleExpectations[]; missing: { path: string; reason: string }[] }> {
  const { paths, missing } = await collectRulePaths(inputs);
  const rulePaths = new Set<string>();
  for (const file of paths) {
    if (TESTS_SUFFIX.test(file)) {
      const rule = ruleBesideTests(file);
      if (rule) rulePaths.add(rule);
      else missing.push({ path: file, reason: 'no rule file beside this tests file' });
    } else if (!/(^|[\\/])(manifest|info)\.ya?ml$/i.test(file)) rulePaths.add(file);
  }
  const rules: RuleExpectations[] = [];
  for (const rulePath of [...rulePaths].sort()) {
    const found = await expectationsOf(rulePath);
    if (found.tests.length || found.problems.length) rules.push(found);
  }
  return { rules, missing };
}

function ruleBesideTests(testsFile: string): string | undefined {
  const stem = testsFile.replace(TESTS_SUFFIX, '');
  return ['.yml', '.yaml'].map((extension) => stem + extension).find((candidate) => existsSync(candidate));
}

async function expectationsOf(rulePath: string): Promise<RuleExpectations> {
  const result: RuleExpectations = { rulePath, tests: [], problems: [] };
  const stem = rulePath.replace(/\.ya?ml$/i, '');
  const testsFile = ['.tests.yml', '.tests.yaml'].map((extension) => stem + extension).find((candidate) => existsSync(candidate));
  if (testsFile) await addOwnTests(result, testsFile);
  const regressionPath = await regressionPathOf(rulePath);
  if (regressionPath) await addRegressionTests(result, rulePath, regressionPath);
  return result;
}

async function addOwnTests(result: RuleExpectations, testsFile: string): Promise<void> {
  const parsed = parseTestsFile(await fs.readFile(testsFile, 'utf8'));
  result.problems.push(...parsed.problems.map((problem) => `${testsFile}: ${problem}`));
  for (const test of parsed.tests) {
    const events = path.join(path.dirname(testsFile), test.events);
    const unavailable = existsSync(events) ? undefined : { reason: `events not found: ${events}`, skip: false };
    result.tests.push({ name: test.name, format: 'tests-yml', source: testsFile, events: [events], expect: test.expect, knownFalsePositives: test.knownFalsePositives, unavailable });
  }
}

async function regressionPathOf(rulePath: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await fs.readFile(rulePath, 'utf8');
  } catch {
    return undefined;
  }
  if (!text.includes('regression_tests_path')) return undefined;
  const rule = parseRule(text).rules[0];
  const value = rule?.attributes.find((attribute) => attribute.key === 'regression_tests_path')?.value;
  return typeof value === 'string' && value ? value : undefined;
}

async function addRegressionTests(result: RuleExpectations, rulePath: string, infoPath: string): Promise<void> {
  const info = findUpwards(path.dirname(rulePath), infoPath);
  if (!info) {
    const reason = `SigmaHQ regression data not found (regression_tests_path: ${infoPath})`;
    result.tests.push({ name: 'SigmaHQ regression', format: 'sigmahq-regression', source: rulePath, events: [], expect: { min: 1 }, knownFalsePositives: [], unavailable: { reason, skip: true } });
    return;
  }
  const parsed = parseRegressionInfo(await fs.readFile(info, 'utf8'));
  result.problems.push(...parsed.problems.map((problem) => `${info}: ${problem}`));
  for (const test of parsed.tests) {
    const evtx = findUpwards(path.dirname(info), test.path) ?? path.join(path.dirname(info), path.basename(test.path));
    const json = evtx.replace(/\.evtx$/i, '') + '.json';
    const unavailable = existsSync(json) ? undefined : { reason: `regression events not found: ${json}`, skip: false };
    result.tests.push({ name: test.name, format: 'sigmahq-regression', source: info, events: [json], expect: regressionExpectation(test), knownFalsePositives: [], unavailable });
  }
}

/** A repository-relative path (as SigmaHQ writes them), resolved against the folder or any of its ancestors. */
function findUpwards(folder: string, relative: string): string | undefined {
  if (path.isAbsolute(relative)) return existsSync(relative) ? relative : undefined;
  let current = path.resolve(folder);
  for (;;) {
    const candidate = path.join(current, relative);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** The benign baseline of the sample library (`samples/baseline`) above a rule, if there is one. */
export function findBaseline(rulePath: string): string | undefined {
  return findUpwards(path.dirname(rulePath), path.join('samples', 'baseline'));
}
