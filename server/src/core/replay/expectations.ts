import { parse as parseYaml } from 'yaml';

/** Expected match counts of one replay test: any of an exact count, a minimum and a maximum. */
export interface CountExpectation {
  count?: number;
  min?: number;
  max?: number;
}

/** Hits a rule author accepts on purpose, each with the reason. */
export interface KnownFalsePositive {
  reason: string;
  count: number;
}

/** One test of a rule-adjacent `<rule>.tests.yml` file. */
export interface ExpectationTest {
  name: string;
  /** A file or scenario folder, relative to the tests file. */
  events: string;
  expect: CountExpectation;
  knownFalsePositives: KnownFalsePositive[];
}

/** Parses a `.tests.yml` file; never throws. A test without `events` or `expect` is a problem, not a test. */
export function parseTestsFile(text: string): { tests: ExpectationTest[]; problems: string[] } {
  const data = safeYaml(text);
  if ('error' in data) return { tests: [], problems: [data.error] };
  const list = (data.value as { tests?: unknown } | null)?.tests;
  if (!Array.isArray(list)) return { tests: [], problems: ['expected a `tests:` list'] };
  const tests: ExpectationTest[] = [];
  const problems: string[] = [];
  list.forEach((item, index) => {
    const parsed = parseTest(item, index);
    if (typeof parsed === 'string') problems.push(parsed);
    else tests.push(parsed);
  });
  return { tests, problems };
}

function parseTest(item: unknown, index: number): ExpectationTest | string {
  const record = item as Record<string, unknown> | null;
  const name = typeof record?.name === 'string' ? record.name : `test ${index + 1}`;
  if (!record || typeof record.events !== 'string') return `${name}: \`events\` must be a path`;
  const expect = parseCount(record.expect);
  if (typeof expect === 'string') return `${name}: ${expect}`;
  const known = Array.isArray(record.knownFalsePositives) ? record.knownFalsePositives : [];
  const knownFalsePositives = known.map((entry: Record<string, unknown>) => ({ reason: String(entry?.reason ?? ''), count: typeof entry?.count === 'number' ? entry.count : 1 }));
  return { name, events: record.events, expect, knownFalsePositives };
}

function parseCount(value: unknown): CountExpectation | string {
  if (typeof value !== 'object' || value === null) return '`expect` must be a map with count, min or max';
  const record = value as Record<string, unknown>;
  const expect: CountExpectation = {};
  for (const key of ['count', 'min', 'max'] as const) {
    if (record[key] === undefined) continue;
    if (typeof record[key] !== 'number' || (record[key] as number) < 0) return `expect.${key} must be a number of at least 0`;
    expect[key] = record[key] as number;
  }
  return Object.keys(expect).length ? expect : '`expect` needs count, min or max';
}

/**
 * Judges a match count. Known false positives are subtracted before `count` and `max` are checked,
 * so a baseline test with `max: 0` passes with exactly the accepted hits; `min` uses the raw count.
 */
export function judgeCount(matches: number, expect: CountExpectation, known: readonly KnownFalsePositive[] = []): { pass: boolean; expected: string } {
  const accepted = known.reduce((total, entry) => total + entry.count, 0);
  const adjusted = Math.max(0, matches - accepted);
  const parts: string[] = [];
  let pass = true;
  if (expect.count !== undefined) {
    parts.push(`exactly ${expect.count}`);
    pass &&= adjusted === expect.count;
  }
  if (expect.min !== undefined) {
    parts.push(`at least ${expect.min}`);
    pass &&= matches >= expect.min;
  }
  if (expect.max !== undefined) {
    parts.push(`at most ${expect.max}`);
    pass &&= adjusted <= expect.max;
  }
  const expected = parts.join(' and ') + (accepted ? ` (after ${accepted} known false positive${accepted === 1 ? '' : 's'})` : '');
  return { pass, expected };
}

/** One test of SigmaHQ's regression `info.yml`. */
export interface RegressionTest {
  name: string;
  type: string;
  /** The `.evtx` path as written; the events are in the `.json` of the same name. */
  path: string;
  matchCount?: number;
}

/** Parses SigmaHQ's regression `info.yml` (`regression_tests_info` list). */
export function parseRegressionInfo(text: string): { tests: RegressionTest[]; problems: string[] } {
  const data = safeYaml(text);
  if ('error' in data) return { tests: [], problems: [data.error] };
  const list = (data.value as { regression_tests_info?: unknown } | null)?.regression_tests_info;
  if (!Array.isArray(list)) return { tests: [], problems: ['expected a `regression_tests_info:` list'] };
  const tests: RegressionTest[] = [];
  const problems: string[] = [];
  list.forEach((item: Record<string, unknown> | null, index) => {
    if (typeof item?.path !== 'string') return void problems.push(`test ${index + 1}: no path`);
    const matchCount = typeof item.match_count === 'number' ? item.match_count : undefined;
    tests.push({ name: typeof item.name === 'string' ? item.name : `regression test ${index + 1}`, type: String(item.type ?? 'evtx'), path: item.path, matchCount });
  });
  return { tests, problems };
}

/** SigmaHQ's rule: at least `match_count` matches, at least one when absent. */
export function regressionExpectation(test: RegressionTest): CountExpectation {
  return { min: test.matchCount ?? 1 };
}

function safeYaml(text: string): { value: unknown } | { error: string } {
  try {
    return { value: parseYaml(text, { maxAliasCount: 100 }) };
  } catch (error) {
    return { error: `not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}
