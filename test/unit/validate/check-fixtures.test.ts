import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../../../server/src/core/sigma/diagnostic';
import { LineIndex } from '../../../server/src/core/sigma/position';
import { parseRule } from '../../../server/src/core/sigma/parse-rule';
import type { SeveritySetting } from '../../../server/src/core/validate/config';
import { validateFile } from '../../../server/src/core/validate/validate-file';
import { collectWorkspaceFacts } from '../../../server/src/core/validate/workspace-facts';
import { applyEdits } from './apply-edits';
import { GENERAL_CHECKS } from './general-checks';

// One folder per code under test/fixtures/validate: fail.yml (must report the code at the expected range),
// pass.yml (must not report it, nor any error or warning), fixed.yml (fail.yml after the code's first fix).
const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'validate');
const NOW = new Date('2026-11-25T12:00:00Z');

interface Expected {
  code: string;
  /** 1-based line of the range's start. */
  line: number;
  /** The exact text the range covers. */
  text: string;
  options?: { path?: string; passPath?: string; severities?: Record<string, SeveritySetting> };
}

function validate(text: string, filePath: string, expected: Expected): Diagnostic[] {
  const file = parseRule(text);
  const workspace = collectWorkspaceFacts([{ path: filePath, file }]);
  // Only the general checks: the taxonomy and ATT&CK checks have their own fixtures and tests.
  return validateFile(text, file, { path: filePath, now: NOW, workspace, severities: expected.options?.severities, checks: GENERAL_CHECKS });
}

function rangeText(text: string, diagnostic: Diagnostic): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(diagnostic.range.start), lines.offsetAt(diagnostic.range.end));
}

const folders = readdirSync(FIXTURES).sort();

describe('validation checks against their fixtures', () => {
  for (const folder of folders) {
    const dir = path.join(FIXTURES, folder);
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
    describe(expected.code, () => {
      const failText = readFileSync(path.join(dir, 'fail.yml'), 'utf8');
      const failPath = expected.options?.path ?? `fixtures/${folder}/fail.yml`;

      it('reports the code at the expected range in fail.yml', () => {
        const found = validate(failText, failPath, expected).filter((d) => d.code === expected.code);
        assert.ok(found.length > 0, `no ${expected.code} in fail.yml`);
        assert.equal(found[0].range.start.line + 1, expected.line);
        assert.equal(rangeText(failText, found[0]), expected.text);
      });

      it('reports nothing of the kind, and no error or warning, in pass.yml', () => {
        const passText = readFileSync(path.join(dir, 'pass.yml'), 'utf8');
        const diagnostics = validate(passText, expected.options?.passPath ?? `fixtures/${folder}/pass.yml`, expected);
        assert.deepEqual(diagnostics.filter((d) => d.code === expected.code || d.severity === 'error' || d.severity === 'warning'), []);
      });

      const fixedPath = path.join(dir, 'fixed.yml');
      if (existsSync(fixedPath)) {
        it('fixes fail.yml into fixed.yml', () => {
          const finding = validate(failText, failPath, expected).find((d) => d.code === expected.code);
          assert.ok(finding?.fixes?.[0], `no fix for ${expected.code}`);
          assert.equal(applyEdits(failText, finding.fixes[0].edits), readFileSync(fixedPath, 'utf8'));
        });
      }
    });
  }

  it('has a fixture for every code of the general checks', () => {
    const codes = GENERAL_CHECKS.flatMap((check) => Object.keys(check.codes)).sort();
    assert.deepEqual(codes.filter((code) => !folders.includes(code)), []);
  });
});
