import * as assert from 'node:assert/strict';
import { MultiPatternMatcher } from '../../../server/src/core/replay/multi-pattern';
import { requiredRegexLiteral } from '../../../server/src/core/replay/regex-literals';
import { SkipSearch } from '../../../server/src/core/replay/skip-search';

/** A small deterministic generator, so failures reproduce. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ALPHABET = 'abcABC-\\/.: é😀xyz';

function text(next: () => number, length: number): string {
  return Array.from({ length }, () => [...ALPHABET][Math.floor(next() * [...ALPHABET].length)]).join('');
}

/** Which needles really occur, ignoring case, as the evaluator decides. */
function occurring(haystack: string, needles: string[]): Set<number> {
  const lower = haystack.toLowerCase();
  return new Set(needles.flatMap((needle, id) => (lower.includes(needle) ? [id] : [])));
}

describe('replay: multi-pattern prefilters never miss a needle', () => {
  it('Aho-Corasick reports every occurring needle (it may report more)', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const needles = Array.from({ length: 1 + Math.floor(next() * 20) }, () => text(next, 1 + Math.floor(next() * 14)).toLowerCase());
      const matcher = new MultiPatternMatcher(needles.map((needle, id) => ({ needle, id })));
      for (let sample = 0; sample < 10; sample++) {
        const haystack = text(next, Math.floor(next() * 80)) + (next() < 0.5 ? needles[0].toUpperCase() : '') + text(next, 5);
        const found: number[] = [];
        matcher.scan(haystack, found);
        for (const id of occurring(haystack, needles)) assert.ok(found.includes(id), `missed '${needles[id]}' in '${haystack}'`);
      }
    }
  });
  it('Wu-Manber skip search reports exactly the occurring needles', () => {
    const next = random(11);
    for (let round = 0; round < 200; round++) {
      const needles = Array.from({ length: 1 + Math.floor(next() * 10) }, () => text(next, 4 + Math.floor(next() * 10)).toLowerCase());
      const search = SkipSearch.create(needles.map((needle, id) => ({ needle, id })));
      assert.ok(search);
      for (let sample = 0; sample < 10; sample++) {
        const haystack = text(next, Math.floor(next() * 60)) + (next() < 0.5 ? needles[needles.length - 1].toUpperCase() : '') + text(next, 3);
        const found: number[] = [];
        search.scan(haystack, found);
        assert.deepEqual(new Set(found), occurring(haystack, needles), `in '${haystack}'`);
      }
    }
  });
  it('skip search declines needles too short to skip with', () => {
    assert.equal(SkipSearch.create([{ needle: 'ab', id: 0 }]), undefined);
  });
  it('extracts only literals every match of a regex contains', () => {
    assert.equal(requiredRegexLiteral('(a+)+$'), undefined);
    assert.equal(requiredRegexLiteral('foo|bar'), undefined);
    assert.equal(requiredRegexLiteral('cmd\\.exe /c \\w+'), 'cmd.exe /c ');
    assert.equal(requiredRegexLiteral('abc?def'), 'def');
    assert.equal(requiredRegexLiteral('[a-z]{3}PowerShell(\\.exe)?\\s'), 'powershell');
    assert.equal(requiredRegexLiteral('\\x41BCDEFG'), 'bcdefg');
    assert.equal(requiredRegexLiteral('x{0,3}yz'), 'yz');
  });
});
