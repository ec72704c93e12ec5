import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRule, type ParseOptions } from '../../../server/src/core/sigma/parse-rule';
import { mutateText } from '../../support/mutate-text';
import { seededRandom } from '../../support/random';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'rules');
/** Generous on a loaded 2-core CI machine; a hang or exponential blow-up takes far longer. */
const BOUND_MS = 3000;

function seeds(): string[] {
  return ['ok', 'err'].flatMap((kind) =>
    readdirSync(path.join(FIXTURES, kind))
      .filter((name) => name.endsWith('.yml'))
      .map((name) => readFileSync(path.join(FIXTURES, kind, name), 'utf8')),
  );
}

/** Parses and asserts the contract: no exception, a result, and bounded time. */
function parseWithinBound(text: string, options?: ParseOptions): ReturnType<typeof parseRule> {
  const start = performance.now();
  const result = parseRule(text, options);
  const elapsed = performance.now() - start;
  assert.ok(Array.isArray(result.rules) && Array.isArray(result.diagnostics));
  assert.ok(elapsed < BOUND_MS, `took ${Math.round(elapsed)} ms`);
  return result;
}

describe('parseRule never throws and finishes in bounded time', () => {
  it('on 3,000 random mutations of real rules', () => {
    const random = seededRandom(0x5167a);
    const texts = seeds();
    for (let i = 0; i < 3000; i++) {
      const text = mutateText(texts[i % texts.length], random, 1 + Math.floor(random() * 8));
      parseWithinBound(text);
    }
  });

  it('on random bytes decoded as text', () => {
    const random = seededRandom(42);
    for (let i = 0; i < 300; i++) {
      const bytes = Buffer.from(Array.from({ length: Math.floor(random() * 4000) }, () => Math.floor(random() * 256)));
      parseWithinBound(bytes.toString('utf8'));
      parseWithinBound(bytes.toString('latin1'));
    }
  });

  it('on deeply nested YAML and conditions', () => {
    parseWithinBound(`title: x\ndetection:\n  sel: ${'['.repeat(5000)}${']'.repeat(5000)}\n  condition: sel\n`);
    parseWithinBound(`title: x\ndetection:\n  sel: {a: 1}\n  condition: ${'('.repeat(20000)}sel${')'.repeat(20000)}\n`);
    parseWithinBound(`title: x\ndetection:\n  sel: {a: 1}\n  condition: ${'not '.repeat(20000)}sel\n`);
    let nested = 'a: 1';
    for (let depth = 0; depth < 300; depth++) nested = `k${depth}:\n${nested.replace(/^/gm, '  ')}`;
    parseWithinBound(`title: x\n${nested}\n`);
  });

  it('on a 10 MB input: refused at the default size limit, parsed in bounded time when allowed', () => {
    const rule = readFileSync(path.join(FIXTURES, 'ok', '0001-map-selection.yml'), 'utf8');
    const selection = Array.from({ length: 200_000 }, (_, i) => `            - 'value number ${i} with some padding'`).join('\n');
    const huge = `${rule}\n---\ntitle: huge\nlogsource:\n    product: windows\ndetection:\n    selection:\n        CommandLine|contains:\n${selection}\n    condition: selection\n`;
    assert.ok(huge.length > 10_000_000);
    assert.equal(parseWithinBound(huge).diagnostics[0].code, 'file-too-large');
    const start = performance.now();
    const parsed = parseRule(huge, { maxLength: 16 * 1024 * 1024 });
    assert.ok(performance.now() - start < 60_000);
    assert.equal(parsed.rules[1].detection?.selections[0].groups[0].items[0].values.length, 200_000);
  });
});
