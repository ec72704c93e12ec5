import { strict as assert } from 'node:assert';
import { parseRule } from '../../../server/src/core/sigma/parse-rule';
import type { Check } from '../../../server/src/core/validate/check';
import { validateFile, type ValidateOptions } from '../../../server/src/core/validate/validate-file';
import { collectWorkspaceFacts } from '../../../server/src/core/validate/workspace-facts';

const RULE = `title: Example
id: 929a690e-bef0-4204-a928-ef5e620d6fcc
status: test
date: 2024-01-05
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        Image|endswith:
            - '\\cmd.exe'
        CommandLine: '*whoami*'
    condition: selection
level: medium
`;

function codesOf(text: string, options: ValidateOptions = {}): string[] {
  return validateFile(text, parseRule(text), { now: new Date('2026-11-25'), ...options }).map((d) => `${d.severity} ${d.code}`);
}

describe('validateFile', () => {
  it('reports findings with their default severities, sorted by position', () => {
    assert.deepEqual(codesOf(RULE), ['hint single-element-list', 'warning wildcard-instead-of-modifier']);
  });

  it('applies per-code severities and drops codes turned off', () => {
    assert.deepEqual(codesOf(RULE, { severities: { 'single-element-list': 'off', 'wildcard-instead-of-modifier': 'error' } }), ['error wildcard-instead-of-modifier']);
  });

  it('applies severities to parser codes too', () => {
    const text = RULE.replace('condition: selection', 'condition: selection and nothing');
    assert.ok(codesOf(text).includes('error unknown-selection'));
    assert.ok(codesOf(text, { severities: { 'unknown-selection': 'warning' } }).includes('warning unknown-selection'));
    assert.ok(!codesOf(text, { severities: { 'unknown-selection': 'off' } }).some((code) => code.endsWith('unknown-selection')));
  });

  it('runs a code that is off by default only when configured', () => {
    const options = { path: 'Bad Name.yml' };
    assert.ok(!codesOf(RULE, options).some((code) => code.endsWith('sigmahq-filename')));
    assert.ok(codesOf(RULE, { ...options, severities: { 'sigmahq-filename': 'warning' } }).includes('warning sigmahq-filename'));
  });

  it('turns a throwing check into an internal-error finding instead of failing', () => {
    const broken: Check = { codes: { boom: { severity: 'error', description: 'always throws' } }, run: () => { throw new Error('kaput'); } };
    const diagnostics = validateFile(RULE, parseRule(RULE), { checks: [broken] });
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'internal-error');
    assert.match(diagnostics[0].message, /kaput/);
  });

  it('checks id uniqueness across the files of the workspace facts', () => {
    const other = parseRule(RULE);
    const workspace = collectWorkspaceFacts([{ path: 'a.yml', file: parseRule(RULE) }, { path: 'b.yml', file: other }]);
    const diagnostics = validateFile(RULE, parseRule(RULE), { path: 'a.yml', workspace });
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-id');
    assert.ok(duplicate);
    assert.match(duplicate.message, /b\.yml:2/);
  });
});

describe('per-rule suppression', () => {
  it('honours the sigma-workbench-disable attribute for the whole rule', () => {
    const text = RULE.replace('level: medium\n', 'level: medium\nsigma-workbench-disable: [single-element-list, wildcard-instead-of-modifier]\n');
    assert.deepEqual(codesOf(text), []);
  });

  it('honours a disable comment for the document it is in', () => {
    assert.deepEqual(codesOf(`# sigma-workbench-disable single-element-list\n${RULE}`), ['warning wildcard-instead-of-modifier']);
  });

  it('honours disable-line and disable-next-line comments for one line only', () => {
    const sameLine = RULE.replace("'*whoami*'", "'*whoami*'  # sigma-workbench-disable-line wildcard-instead-of-modifier");
    assert.deepEqual(codesOf(sameLine), ['hint single-element-list']);
    const nextLine = RULE.replace('        CommandLine:', '        # sigma-workbench-disable-next-line wildcard-instead-of-modifier\n        CommandLine:');
    assert.deepEqual(codesOf(nextLine), ['hint single-element-list']);
  });

  it('suppresses parser codes the same way', () => {
    const text = RULE.replace('condition: selection', 'condition: selection and nothing  # sigma-workbench-disable-line unknown-selection');
    assert.deepEqual(codesOf(text), ['hint single-element-list', 'warning wildcard-instead-of-modifier']);
  });

  it('suppresses only in the document that carries the comment', () => {
    const second = RULE.replace('929a690e-bef0-4204-a928-ef5e620d6fcc', '0f5b1a43-3d8c-4d6e-9a8b-1d2c3e4f5a6b');
    const text = `${RULE}---\n# sigma-workbench-disable\n${second}`;
    assert.deepEqual(codesOf(text), ['hint single-element-list', 'warning wildcard-instead-of-modifier']);
  });
});
