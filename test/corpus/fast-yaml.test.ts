import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseFastYamlOrDecline } from '../../server/src/core/sigma/fast-yaml';
import { compareDocuments, parseWithYaml } from '../support/fast-yaml-compare';
import { mutateTrivia } from '../support/fast-yaml-fuzz';
import { mutateText } from '../support/mutate-text';
import { seededRandom } from '../support/random';
import { sigmahqRuleFiles, SPEC_TESTS_ROOT, yamlFilesUnder } from '../support/shared-data';

/** Parses with both parsers; a difference is reported with the first few mismatching properties. */
function differential(text: string): { fast: boolean; problems: string[] } {
  const docs = parseFastYamlOrDecline(text);
  if (!docs) return { fast: false, problems: [] };
  return { fast: true, problems: compareDocuments(docs, parseWithYaml(text)).slice(0, 5) };
}

describe('corpus: the fast YAML parser yields exactly what the yaml package yields', function () {
  const files = [...sigmahqRuleFiles(), ...yamlFilesUnder(SPEC_TESTS_ROOT)];
  const texts = files.map((file) => readFileSync(file, 'utf8'));

  it('reads more than 99% of SigmaHQ and specification rules, node for node the same', () => {
    const failures: string[] = [];
    let fast = 0;
    texts.forEach((text, i) => {
      const result = differential(text);
      if (result.fast) fast++;
      if (result.problems.length > 0) failures.push(`${files[i]}: ${result.problems.join('; ')}`);
    });
    console.log(`      fast path: ${fast} of ${files.length} files (${((fast / files.length) * 100).toFixed(2)}%)`);
    assert.deepEqual(failures.slice(0, 10), []);
    assert.ok(fast / files.length > 0.99, `only ${fast} of ${files.length} files took the fast path`);
  });

  it('matches or declines on 10,000 mutations of SigmaHQ rules (comments, blank lines, indentation, fragments)', () => {
    const random = seededRandom(0xfa57);
    const failures: string[] = [];
    let fast = 0;
    for (let i = 0; i < 10000; i++) {
      const base = texts[Math.floor(random() * texts.length)];
      const text = random() < 0.5 ? mutateTrivia(base, random) : mutateText(base, random, 1 + Math.floor(random() * 4));
      const result = differential(text);
      if (result.fast) fast++;
      if (result.problems.length > 0) failures.push(`${JSON.stringify(text)}: ${result.problems.join('; ')}`);
    }
    assert.deepEqual(failures.slice(0, 3), []);
    // Most trivia edits keep the YAML valid and inside the subset, so many mutants must be read.
    assert.ok(fast > 3000, `only ${fast} mutants took the fast path`);
  });
});
