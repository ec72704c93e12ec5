import * as assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { collectExpectations } from '../../../server/src/adapters/expectation-files';
import { runExpectations } from '../../../server/src/adapters/expectation-runner';
import { loadRuleInputs, replayEventPaths } from '../../../server/src/adapters/replay-runner';
import { compileRules } from '../../../server/src/core/replay/compile-rules';

const ROOT = path.join(__dirname, '..', '..', '..');
const EXAMPLES = path.join(ROOT, 'examples', 'rules');
const SAMPLES = path.join(ROOT, 'samples');

/** The bundled library, end to end: our example rules against our sample scenarios and baseline. */
describe('replay: the bundled sample library and example rules', function () {
  this.timeout(60_000);
  before(function () {
    if (!existsSync(EXAMPLES) || !existsSync(path.join(SAMPLES, 'baseline'))) this.skip();
  });

  it('every expectation of the example rules passes', async () => {
    const { rules, missing } = await collectExpectations([EXAMPLES]);
    assert.deepEqual(missing, []);
    const report = await runExpectations(rules);
    const failed = report.tests.filter((test) => test.status !== 'passed').map((test) => `${test.rulePath}: ${test.name}: ${test.message}`);
    assert.deepEqual(failed, []);
    assert.ok(report.summary.total > 0);
    const unexplained = report.baselines.filter((baseline) => baseline.likelyFalsePositives > 0).map((baseline) => `${baseline.rulePath}: ${baseline.likelyFalsePositives}`);
    assert.deepEqual(unexplained, [], 'example rules with baseline hits that are not listed as known false positives');
  });

  it('every attack scenario is detected by at least one example rule', async () => {
    const scenarios = ['windows', 'linux', 'macos', 'cloud', 'network']
      .filter((platform) => existsSync(path.join(SAMPLES, platform)))
      .flatMap((platform) => readdirSync(path.join(SAMPLES, platform)).map((name) => path.join(SAMPLES, platform, name)))
      .filter((folder) => existsSync(path.join(folder, 'manifest.yml')));
    const loaded = await loadRuleInputs([EXAMPLES]);
    assert.ok('inputs' in loaded);
    const compiled = compileRules(loaded.inputs);
    const undetected: string[] = [];
    for (const scenario of scenarios) {
      const report = await replayEventPaths(compiled, [scenario], {});
      assert.ok('results' in report);
      assert.deepEqual(report.stats.errors, [], `read errors in ${scenario}`);
      if (report.results.every((rule) => rule.matchCount === 0)) undetected.push(path.relative(SAMPLES, scenario));
    }
    assert.ok(scenarios.length > 0);
    assert.deepEqual(undetected, []);
  });
});
