import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { collectExpectations } from '../../../server/src/adapters/expectation-files';
import { runExpectations } from '../../../server/src/adapters/expectation-runner';
import { judgeCount, parseRegressionInfo, parseTestsFile } from '../../../server/src/core/replay/expectations';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'replay');

describe('replay: expectations', () => {
  it('parses our .tests.yml format', () => {
    const parsed = parseTestsFile('tests:\n  - name: hit\n    events: ../samples/x\n    expect: { min: 1 }\n  - name: quiet\n    events: ../baseline\n    expect: { max: 0 }\n    knownFalsePositives:\n      - reason: admins\n        count: 2\n');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.tests[1], { name: 'quiet', events: '../baseline', expect: { max: 0 }, knownFalsePositives: [{ reason: 'admins', count: 2 }] });
  });
  it('reports malformed tests instead of throwing', () => {
    assert.match(parseTestsFile('tests: [').problems[0], /YAML/);
    assert.match(parseTestsFile('nothing: here').problems[0], /tests/);
    assert.match(parseTestsFile('tests:\n  - name: a\n    expect: { min: 1 }').problems[0], /events/);
    assert.match(parseTestsFile('tests:\n  - events: x\n    expect: { most: 1 }').problems[0], /count, min or max/);
  });
  it('judges exact, min and max counts, minus known false positives', () => {
    assert.equal(judgeCount(3, { count: 3 }).pass, true);
    assert.equal(judgeCount(2, { count: 3 }).pass, false);
    assert.equal(judgeCount(1, { min: 1 }).pass, true);
    assert.equal(judgeCount(0, { min: 1 }).pass, false);
    assert.equal(judgeCount(2, { max: 0 }, [{ reason: 'admins', count: 2 }]).pass, true);
    assert.equal(judgeCount(3, { max: 0 }, [{ reason: 'admins', count: 2 }]).pass, false);
    assert.equal(judgeCount(2, { max: 0 }, [{ reason: 'admins', count: 2 }]).expected, 'at most 0 (after 2 known false positives)');
  });
  it('parses SigmaHQ regression info.yml', () => {
    const parsed = parseRegressionInfo('regression_tests_info:\n  - name: Positive Detection Test\n    type: evtx\n    match_count: 3\n    path: regression_data/x/y.evtx\n  - type: evtx\n    path: z.evtx\n');
    assert.deepEqual(parsed.tests.map((test) => [test.name, test.matchCount, test.path]), [['Positive Detection Test', 3, 'regression_data/x/y.evtx'], ['regression test 2', undefined, 'z.evtx']]);
  });
  it('finds and runs both formats; absent SigmaHQ regression data is skipped', async () => {
    const { rules, missing } = await collectExpectations([path.join(FIXTURES, 'rules'), path.join(FIXTURES, 'sigmahq')]);
    assert.deepEqual(missing, []);
    const report = await runExpectations(rules, { baselineReport: false });
    const outcome = report.tests.map((test) => `${path.basename(test.rulePath)}: ${test.name}: ${test.status}${test.matches === undefined ? '' : ` (${test.matches})`}`);
    assert.deepEqual(outcome, [
      'net_connection_win_failing.yml: expects a connection that the sample does not have: failed (0)',
      'proc_creation_win_certutil_download.yml: detects the certutil download: passed (2)',
      'proc_creation_win_certutil_download.yml: silent on the benign events: passed (0)',
      'proc_creation_win_no_data.yml: SigmaHQ regression: skipped',
      'proc_creation_win_whoami.yml: Positive Detection Test: passed (2)',
    ]);
    assert.deepEqual(report.summary, { total: 5, passed: 3, failed: 1, skipped: 1 });
  });
  it('a .tests.yml path selects the rule beside it', async () => {
    const { rules } = await collectExpectations([path.join(FIXTURES, 'rules', 'proc_creation_win_certutil_download.tests.yml')]);
    assert.deepEqual(rules.map((rule) => path.basename(rule.rulePath)), ['proc_creation_win_certutil_download.yml']);
  });
});
