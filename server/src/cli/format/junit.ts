import type { TestCaseResult, TestRunReport } from '../../adapters/expectation-runner';

/**
 * JUnit XML as CI systems read it (Jenkins, GitLab, GitHub test reporters): one testsuite per rule
 * file, one testcase per expectation, `failure` and `skipped` children, counts on every suite.
 */
export function formatJunit(report: TestRunReport): string {
  const suites = new Map<string, TestCaseResult[]>();
  for (const test of report.tests) suites.set(test.rulePath, [...(suites.get(test.rulePath) ?? []), test]);
  const { total, failed, skipped } = report.summary;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="sigma-workbench replay tests" tests="${total}" failures="${failed}" errors="0" skipped="${skipped}" time="${seconds(report.elapsedMs)}">`];
  for (const [rulePath, tests] of suites) lines.push(...suiteXml(rulePath, tests));
  lines.push('</testsuites>');
  return lines.join('\n');
}

function suiteXml(rulePath: string, tests: TestCaseResult[]): string[] {
  const failures = tests.filter((test) => test.status === 'failed').length;
  const skipped = tests.filter((test) => test.status === 'skipped').length;
  const lines = [`  <testsuite name="${escapeXml(tests[0].ruleTitle)}" file="${escapeXml(rulePath)}" tests="${tests.length}" failures="${failures}" errors="0" skipped="${skipped}">`];
  for (const test of tests) {
    const open = `    <testcase classname="${escapeXml(rulePath)}" name="${escapeXml(test.name)}" file="${escapeXml(rulePath)}"`;
    if (test.status === 'passed') lines.push(`${open}/>`);
    else if (test.status === 'skipped') lines.push(`${open}>`, `      <skipped message="${escapeXml(test.message ?? 'skipped')}"/>`, '    </testcase>');
    else {
      const message = test.message ?? `expected ${test.expected} matches`;
      lines.push(`${open}>`, `      <failure message="${escapeXml(message)}" type="expectation">${escapeXml(`${message}\nsource: ${test.source}`)}</failure>`, '    </testcase>');
    }
  }
  lines.push('  </testsuite>');
  return lines;
}

/** XML 1.0 allows tab, line feed, carriage return and everything from space up, minus surrogates and U+FFFE/U+FFFF. */
function isXmlCharacter(char: string): boolean {
  const code = char.codePointAt(0)!;
  if (code === 0x09 || code === 0x0a || code === 0x0d) return true;
  return code >= 0x20 && code !== 0xfffe && code !== 0xffff && !(code >= 0xd800 && code <= 0xdfff);
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return [...text]
    .filter(isXmlCharacter)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
