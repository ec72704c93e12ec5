import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { PROJECT_ROOT } from './sample-library';

/** House rules for the example rules: metadata complete, ids unique, every rule with replay expectations. */

const RULES_ROOT = path.join(PROJECT_ROOT, 'examples', 'rules');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface RuleDoc {
  title?: string;
  id?: string;
  status?: string;
  author?: string;
  date?: string | Date;
  tags?: string[];
  references?: string[];
  level?: string;
  detection?: unknown;
  correlation?: unknown;
}

function ruleFiles(): string[] {
  const platforms = readdirSync(RULES_ROOT, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return platforms.flatMap(({ name: platform }) =>
    readdirSync(path.join(RULES_ROOT, platform))
      .filter((name) => name.endsWith('.yml') && !name.endsWith('.tests.yml'))
      .map((name) => path.join(RULES_ROOT, platform, name)),
  );
}

function documents(file: string): RuleDoc[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((doc) => doc.toJS() as RuleDoc);
}

describe('example rules', () => {
  const files = ruleFiles();

  it('has at least 40 rule files, all ids unique', () => {
    assert.ok(files.length >= 40, `only ${files.length} rule files`);
    const ids = files.flatMap((file) => documents(file).map((doc) => doc.id));
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule ids');
  });

  for (const file of files) {
    const name = path.relative(RULES_ROOT, file);
    it(`${name} has complete metadata and replay expectations`, () => {
      for (const doc of documents(file)) {
        assert.ok(doc.title, 'title');
        assert.match(String(doc.id), UUID);
        assert.equal(doc.status, 'experimental');
        assert.equal(doc.author, 'Sigma Workbench');
        assert.ok(doc.level, 'level');
        assert.ok(doc.detection || doc.correlation, 'detection or correlation');
        assert.ok((doc.references ?? []).every((url) => url.startsWith('https://')), 'references');
      }
      const detection = documents(file).find((doc) => doc.detection)!;
      assert.ok((detection.tags ?? []).some((tag) => /^attack\.t\d{4}(\.\d{3})?$/.test(tag)), 'an ATT&CK technique tag');
      assertExpectations(file);
    });
  }
});

function assertExpectations(ruleFile: string): void {
  const testsFile = ruleFile.replace(/\.yml$/, '.tests.yml');
  assert.ok(existsSync(testsFile), `${testsFile} is missing`);
  const { tests } = parseAllDocuments(readFileSync(testsFile, 'utf8'))[0].toJS() as { tests: { events: string; expect: Record<string, number> }[] };
  const baseline = tests.filter((test) => test.events.endsWith('samples/baseline'));
  const positives = tests.filter((test) => !test.events.endsWith('samples/baseline'));
  assert.equal(baseline.length, 1, 'one benign-baseline test');
  assert.equal(baseline[0].expect.max, 0, 'the baseline test expects no unexplained hits');
  assert.ok(positives.length >= 1, 'at least one true-positive scenario');
  for (const test of tests) assert.ok(existsSync(path.resolve(path.dirname(testsFile), test.events)), `${test.events} does not exist`);
}
