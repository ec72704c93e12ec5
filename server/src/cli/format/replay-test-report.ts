import type { TestRunReport } from '../../adapters/expectation-runner';

/** `test --format json`: every test with its status, the baseline false-positive report and a summary. */
export function formatTestJson(report: TestRunReport): string {
  return JSON.stringify(report, null, 2);
}

const MARK = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' } as const;

export function formatTestText(report: TestRunReport): string {
  const lines: string[] = [];
  let lastRule = '';
  for (const test of report.tests) {
    if (test.rulePath !== lastRule) lines.push(`${test.rulePath} (${test.ruleTitle})`);
    lastRule = test.rulePath;
    const count = test.matches === undefined ? '' : `: ${test.matches} match${test.matches === 1 ? '' : 'es'}, expected ${test.expected}`;
    lines.push(`  ${MARK[test.status]} ${test.name}${count}${test.message && test.status !== 'failed' ? ` (${test.message})` : ''}`);
    if (test.status === 'failed' && test.message) lines.push(`       ${test.message}`);
  }
  if (report.baselines.length) {
    lines.push('', 'Benign baseline (likely false positives):');
    for (const baseline of report.baselines) {
      lines.push(`  ${baseline.rulePath}: ${baseline.hits} hit${baseline.hits === 1 ? '' : 's'}, ${baseline.known} known, ${baseline.likelyFalsePositives} likely false positive${baseline.likelyFalsePositives === 1 ? '' : 's'}`);
    }
  }
  const { total, passed, failed, skipped } = report.summary;
  lines.push('', `${total} tests: ${passed} passed, ${failed} failed, ${skipped} skipped (${report.elapsedMs} ms)`);
  return lines.join('\n');
}
