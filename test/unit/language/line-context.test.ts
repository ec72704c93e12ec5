import assert from 'node:assert/strict';
import { lineContextAt } from '../../../server/src/core/language/line-context';

/** The context at the end of the last line. */
function contextAtEnd(text: string) {
  const lines = text.split('\n');
  return lineContextAt(lines, { line: lines.length - 1, character: lines[lines.length - 1].length });
}

describe('lineContextAt', () => {
  it('reads a value after a key inside a map', () => {
    assert.deepEqual(contextAtEnd('logsource:\n    product: win'), { path: ['logsource'], slot: 'value', key: 'product', prefix: 'win', prefixStart: 13, indent: 4 });
  });

  it('reads list items under an indented and a non-indented sequence', () => {
    assert.deepEqual(contextAtEnd('tags:\n    - attack.a\n    - att').path, ['tags']);
    const flat = contextAtEnd('tags:\n- a\n- ');
    assert.deepEqual([flat.path, flat.slot], [['tags'], 'item']);
  });

  it('reads a field key with modifiers inside a selection', () => {
    const context = contextAtEnd('detection:\n    selection:\n        Image|endswith: x\n        Comm|con');
    assert.deepEqual([context.path, context.slot, context.prefix], [['detection', 'selection'], 'key', 'Comm|con']);
  });

  it('treats a key under a list item as a sibling in the same item, not a child', () => {
    assert.deepEqual(contextAtEnd('detection:\n    sel:\n        - a: b\n          Comm').path, ['detection', 'sel']);
    assert.deepEqual(contextAtEnd('detection:\n    sel:\n        - a: b\n          c: d\n        - Co').path, ['detection', 'sel']);
  });

  it('finds the value list of a field', () => {
    assert.deepEqual(contextAtEnd("detection:\n    sel:\n        CommandLine|contains:\n            - '.dmp'\n            - ").path, ['detection', 'sel', 'CommandLine|contains']);
  });

  it('reads the word being typed in a condition', () => {
    const context = contextAtEnd('detection:\n    selection: x\n    condition: selection and no');
    assert.deepEqual([context.path, context.key, context.prefix], [['detection'], 'condition', 'no']);
  });

  it('stops at a document marker', () => {
    assert.deepEqual(contextAtEnd('detection:\n    a: b\n---\nti').path, []);
  });
});
