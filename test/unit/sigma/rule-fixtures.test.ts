import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRule } from '../../../server/src/core/sigma/parse-rule';
import type { Range } from '../../../server/src/core/sigma/position';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'rules');

interface ExpectedDiagnostic {
  code: string;
  severity: string;
  message: string;
  /** `line:character-line:character`, 0-based. */
  range: string;
}

function fixtureFiles(kind: 'ok' | 'err'): string[] {
  return readdirSync(path.join(FIXTURES, kind)).filter((name) => name.endsWith('.yml')).sort();
}

function formatRange(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

describe('rule fixtures', () => {
  describe('ok: every grammar construct parses without diagnostics', () => {
    for (const name of fixtureFiles('ok')) {
      it(name, () => {
        const parsed = parseRule(readFileSync(path.join(FIXTURES, 'ok', name), 'utf8'));
        assert.deepEqual(parsed.diagnostics, []);
        assert.ok(parsed.rules.length > 0, 'expected at least one rule');
      });
    }
  });

  describe('err: each error is reported with its code, message and range', () => {
    for (const name of fixtureFiles('err')) {
      it(name, () => {
        const parsed = parseRule(readFileSync(path.join(FIXTURES, 'err', name), 'utf8'));
        const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'err', name.replace(/\.yml$/, '.expected.json')), 'utf8')) as ExpectedDiagnostic[];
        const actual = parsed.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: formatRange(d.range) }));
        assert.deepEqual(actual, expected);
      });
    }
  });
});
