import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRule } from '../../server/src/core/sigma/parse-rule';
import type { Diagnostic } from '../../server/src/core/sigma/diagnostic';
import { validateFile } from '../../server/src/core/validate/validate-file';
import { collectWorkspaceFacts } from '../../server/src/core/validate/workspace-facts';
import { SIGMAHQ_ROOT, SPEC_TESTS_ROOT, sigmahqRuleFiles, yamlFilesUnder } from '../support/shared-data';
import { GENERAL_CHECKS } from '../unit/validate/general-checks';

/**
 * SigmaHQ's rules are reviewed and pass SigmaHQ's own CI, so an error from the general checks
 * (metadata, values, modifiers, condition, tag format) on one of them is most likely a false positive.
 * Each allowed error names the rule, the code and why it is right to report.
 */
const ALLOWED_ERRORS: { file: string; code: string; reason: string }[] = [];

interface CorpusResult {
  files: number;
  byCode: Map<string, number>;
  filesWithError: string[];
  filesWithWarning: string[];
  errors: { file: string; diagnostic: Diagnostic }[];
}

function validateCorpus(): CorpusResult {
  const sources = sigmahqRuleFiles().map((file) => {
    const text = readFileSync(file, 'utf8');
    return { path: path.relative(SIGMAHQ_ROOT, file), text, file: parseRule(text) };
  });
  const workspace = collectWorkspaceFacts(sources);
  const result: CorpusResult = { files: sources.length, byCode: new Map(), filesWithError: [], filesWithWarning: [], errors: [] };
  for (const source of sources) {
    const diagnostics = validateFile(source.text, source.file, { path: source.path, workspace, checks: GENERAL_CHECKS });
    for (const diagnostic of diagnostics) {
      const key = `${diagnostic.severity} ${diagnostic.code}`;
      result.byCode.set(key, (result.byCode.get(key) ?? 0) + 1);
      if (diagnostic.severity === 'error') result.errors.push({ file: source.path, diagnostic });
    }
    if (diagnostics.some((d) => d.severity === 'error')) result.filesWithError.push(source.path);
    if (diagnostics.some((d) => d.severity === 'warning')) result.filesWithWarning.push(source.path);
  }
  return result;
}

describe('general validation checks over the SigmaHQ corpus', () => {
  let result: CorpusResult;
  before(() => {
    result = validateCorpus();
    const share = (count: number): string => `${count} (${((count / result.files) * 100).toFixed(2)}%)`;
    console.log(`      ${result.files} rules: with an error ${share(result.filesWithError.length)}, with a warning ${share(result.filesWithWarning.length)}`);
    for (const [key, count] of [...result.byCode].sort()) console.log(`      ${count} ${key}`);
  });

  it('reports no error on a reviewed SigmaHQ rule except the allowed ones', () => {
    const unexpected = result.errors.filter(({ file, diagnostic }) => !ALLOWED_ERRORS.some((allowed) => allowed.file === file && allowed.code === diagnostic.code));
    assert.deepEqual(unexpected.map(({ file, diagnostic }) => `${file}:${diagnostic.range.start.line + 1} ${diagnostic.code} ${diagnostic.message}`), []);
  });

  it('keeps warnings on SigmaHQ rules under 1%', () => {
    assert.ok(result.filesWithWarning.length < result.files / 100, `${result.filesWithWarning.length} rules with warnings: ${result.filesWithWarning.slice(0, 10).join(', ')}`);
  });

  it('finds every id unique across the corpus', () => {
    assert.equal(result.byCode.get('error duplicate-id') ?? 0, 0);
  });
});

describe('general validation checks over the specification\'s example rules', () => {
  it('report no error on the detection, correlation and filter examples, except their shared ids', () => {
    const sources = yamlFilesUnder(path.join(SPEC_TESTS_ROOT, 'schema')).map((file) => {
      const text = readFileSync(file, 'utf8');
      return { path: path.relative(SPEC_TESTS_ROOT, file), text, file: parseRule(text) };
    });
    assert.ok(sources.length >= 10);
    const workspace = collectWorkspaceFacts(sources);
    const errors = sources.flatMap((source) => validateFile(source.text, source.file, { path: source.path, workspace, checks: GENERAL_CHECKS })
      .filter((d) => d.severity === 'error' && d.code !== 'duplicate-id')
      .map((d) => `${source.path}:${d.range.start.line + 1} ${d.code} ${d.message}`));
    // The examples reuse ids between a rule and its ECS variant: duplicate-id on them is right.
    assert.deepEqual(errors, []);
  });
});

/** Mistakes injected into real rules, each with the code that must report it. */
const MUTATIONS: { code: string; mutate(text: string): string | undefined }[] = [
  { code: 'invalid-level', mutate: (text) => replaceOnce(text, /^level: \w+$/m, 'level: hgh') },
  { code: 'invalid-date', mutate: (text) => replaceOnce(text, /^date: (\d{4})-(\d{2})-(\d{2})$/m, 'date: $1/$2/$3') },
  { code: 'attribute-typo', mutate: (text) => replaceOnce(text, /^falsepositives:/m, 'falsepositive:') },
  { code: 'duplicate-tag', mutate: (text) => replaceOnce(text, /^( +- [a-z]+\.[^\n]+\n)/m, '$1$1') },
  { code: 'unused-selection', mutate: (text) => replaceOnce(text, /^( +)condition:/m, '$1zz_unused:\n$1$1Foo: bar\n$1condition:') },
];

function replaceOnce(text: string, pattern: RegExp, replacement: string): string | undefined {
  return pattern.test(text) ? text.replace(pattern, replacement) : undefined;
}

describe('general validation checks on mutated SigmaHQ rules', () => {
  it('catch at least 95% of each injected mistake', () => {
    const files = sigmahqRuleFiles().filter((_, index) => index % 19 === 0);
    for (const mutation of MUTATIONS) {
      let applied = 0;
      const missed: string[] = [];
      for (const file of files) {
        const text = mutation.mutate(readFileSync(file, 'utf8'));
        if (text === undefined) continue;
        applied++;
        const codes = validateFile(text, parseRule(text), { path: file, checks: GENERAL_CHECKS }).map((d) => d.code);
        if (!codes.includes(mutation.code)) missed.push(path.relative(SIGMAHQ_ROOT, file));
      }
      console.log(`      ${mutation.code}: caught ${applied - missed.length} of ${applied}`);
      assert.ok(applied >= 100, `${mutation.code}: only ${applied} rules mutated`);
      assert.ok(missed.length <= applied * 0.05, `${mutation.code}: missed ${missed.length} of ${applied}: ${missed.slice(0, 5).join(', ')}`);
    }
  });
});
