import { strict as assert } from 'node:assert';
import { escapeSigmaString, parseSigmaString } from '../../../server/src/core/sigma/sigma-string';

describe('parseSigmaString', () => {
  it('splits literals and wildcards', () => {
    assert.deepEqual(parseSigmaString('*\\cmd.exe').parts, [{ kind: 'any' }, { kind: 'literal', text: '\\cmd.exe' }]);
    assert.deepEqual(parseSigmaString('a?c').parts, [{ kind: 'literal', text: 'a' }, { kind: 'one' }, { kind: 'literal', text: 'c' }]);
  });

  it('keeps a backslash before ordinary characters (Windows paths)', () => {
    const pattern = parseSigmaString('C:\\Windows\\System32\\');
    assert.equal(pattern.hasWildcards, false);
    assert.deepEqual(pattern.parts, [{ kind: 'literal', text: 'C:\\Windows\\System32\\' }]);
  });

  it('reads escaped wildcards and escaped backslashes as literals', () => {
    assert.deepEqual(parseSigmaString('a\\*b\\?c').parts, [{ kind: 'literal', text: 'a*b?c' }]);
    assert.deepEqual(parseSigmaString('\\\\*').parts, [{ kind: 'literal', text: '\\' }, { kind: 'any' }]);
    assert.deepEqual(parseSigmaString('\\\\\\*').parts, [{ kind: 'literal', text: '\\*' }]);
  });

  it('round-trips literals through escapeSigmaString', () => {
    for (const literal of ['a*b', 'C:\\x\\', 'q?', '\\\\server\\share*']) {
      const pattern = parseSigmaString(escapeSigmaString(literal));
      assert.equal(pattern.hasWildcards, false);
      assert.equal(pattern.parts.map((part) => (part.kind === 'literal' ? part.text : '')).join(''), literal);
    }
  });
});

describe('parseSigmaString fast path', () => {
  it('reads values without wildcards or escapes as one literal, like the general scan', () => {
    for (const value of ['cmd.exe', ' spaced ', 'é 😀 ü']) {
      assert.deepEqual(parseSigmaString(value), { parts: [{ kind: 'literal', text: value }], hasWildcards: false, plain: value });
    }
    assert.deepEqual(parseSigmaString(''), { parts: [], hasWildcards: false, plain: '' });
  });
});
