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
  it('Aho-Corasick reports exactly the occurring ASCII needles, long ones confirmed beyond the automaton', () => {
    const next = random(13);
    const ascii = 'abcABC-\\/.: xyz';
    const asciiText = (length: number): string => Array.from({ length }, () => ascii[Math.floor(next() * ascii.length)]).join('');
    for (let round = 0; round < 300; round++) {
      // Lengths on both sides of the automaton's 10-character tails, and a shared tail, as `\\system32\\` paths have.
      const tail = asciiText(10).toLowerCase();
      const needles = Array.from({ length: 1 + Math.floor(next() * 12) }, () => (next() < 0.4 ? asciiText(1 + Math.floor(next() * 6)) + tail : asciiText(1 + Math.floor(next() * 24))).toLowerCase());
      const matcher = new MultiPatternMatcher(needles.map((needle, id) => ({ needle, id })));
      for (let sample = 0; sample < 10; sample++) {
        const planted = needles[Math.floor(next() * needles.length)];
        const haystack = asciiText(Math.floor(next() * 60)) + (next() < 0.5 ? planted.toUpperCase() : tail) + asciiText(5);
        const found: number[] = [];
        matcher.scan(haystack, found);
        assert.deepEqual(new Set(found), occurring(haystack, needles), `in '${haystack}'`);
      }
    }
  });
  it('Aho-Corasick folds case outside ASCII and never misses a long non-ASCII needle', () => {
    const needles = ['überweisung.exe', 'c:\\users\\öffentlich\\', 'привет-мир-как-дела', '😀-emoji-payload', '\\system32\\evil.dll'];
    const matcher = new MultiPatternMatcher(needles.map((needle, id) => ({ needle, id })));
    const haystacks = ['C:\\Temp\\ÜBERWEISUNG.EXE', 'C:\\Users\\Öffentlich\\x', 'echo ПРИВЕТ-МИР-КАК-ДЕЛА', 'x😀-EMOJI-PAYLOAD', 'C:\\Windows\\System32\\EVIL.dll', 'C:\\Windows\\System32\\good.dll'];
    for (const haystack of haystacks) {
      const found: number[] = [];
      matcher.scan(haystack, found);
      for (const id of occurring(haystack, needles)) assert.ok(found.includes(id), `missed '${needles[id]}' in '${haystack}'`);
    }
    const found: number[] = [];
    matcher.scan('C:\\Temp2\\EVIL.dll', found); // the 10-character tail of the last needle, without the rest
    assert.deepEqual(found, [], 'a shared tail alone does not report a long ASCII needle');
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
