import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PARSER_CODES } from '../../../server/src/core/validate/parser-codes';
import { GENERAL_CHECKS } from './general-checks';

describe('docs/validation.md', () => {
  it('documents every parser code and every code of the general checks', () => {
    const doc = readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'validation.md'), 'utf8');
    const codes = [...Object.keys(PARSER_CODES), ...GENERAL_CHECKS.flatMap((check) => Object.keys(check.codes))];
    assert.deepEqual(codes.filter((code) => !doc.includes(`| \`${code}\` |`)), []);
  });
});
