import { strict as assert } from 'node:assert';
import { parseRule } from '../../../server/src/core/sigma/parse-rule';
import { LineIndex } from '../../../server/src/core/sigma/position';
import { seededRandom } from '../../support/random';

/** The shortcuts that make the model layer fast must give exactly what the general code gives. */
describe('model layer shortcuts for parsing speed', () => {
  it('attribute values equal the yaml package toJS, for plain and unusual metadata', () => {
    const text = [
      'title: t',
      'tags: [a, b]',
      'references:',
      '  - https://a.example',
      '  - 12',
      'related:',
      '  - id: 1',
      '    type: similar',
      'custom:',
      '  __proto__: polluted?',
      '  toString: shadowed',
      '  1: number key',
      '  ~: null key',
      '  true: bool key',
      "  '<<': not a merge here",
      '  nested: {deep: [1, 2, {x: ~}]}',
      'anchored: &a',
      '  k: v',
      'aliased: *a',
      'detection:',
      '  selection:',
      '    a: 1',
      '  condition: selection',
    ].join('\n');
    const [rule] = parseRule(text).rules;
    for (const attribute of rule.attributes) {
      if (attribute.key === 'detection') continue;
      const expected = attribute.node ? attribute.node.toJS(rule.yaml) : null;
      assert.deepStrictEqual(attribute.value, expected, attribute.key);
    }
  });

  it('LineIndex positions equal a plain binary search, in any order of offsets', () => {
    const random = seededRandom(7);
    for (const text of ['', 'one line', 'a\nb\n', '\n\n\n', 'a\r\nb\rc\nd', 'title: t\nlevel: high\n  x\n']) {
      const index = new LineIndex(text);
      for (let i = 0; i < 200; i++) {
        const offset = Math.floor(random() * (text.length + 6)) - 3;
        assert.deepEqual(index.positionAt(offset), naivePosition(text, offset), `${JSON.stringify(text)} at ${offset}`);
      }
    }
  });
});

function naivePosition(text: string, offset: number): { line: number; character: number } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: clamped - lineStart };
}
