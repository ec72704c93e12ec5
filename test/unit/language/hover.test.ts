import assert from 'node:assert/strict';
import { hoverAt } from '../../../server/src/core/language/hover';
import type { LanguageData } from '../../../server/src/core/language/language-data';
import { analyze, at, RULE } from './support';

function hoverText(text: string, needle: string, options: { offset?: number; occurrence?: number; data?: LanguageData } = {}): string {
  return hoverAt({ ...analyze(text), position: at(text, needle, { offset: options.offset ?? 1, occurrence: options.occurrence }), data: options.data ?? {} })?.markdown ?? '';
}

describe('hoverAt', () => {
  it('shows a selection referenced in the condition, dedented', () => {
    const text = hoverText(RULE, 'filter', { occurrence: 1 });
    assert.match(text, /\*\*Selection\*\* `filter`/);
    assert.match(text, /```yaml\nfilter:\n {4}User: 'SYSTEM'\n```/);
  });

  it('lists what a pattern covers', () => {
    assert.match(hoverText(RULE, 'selection_*'), /selection_a`\n- `selection_b/);
  });

  it('explains modifiers and condition keywords', () => {
    assert.match(hoverText(RULE, 'endswith'), /Modifier.*endswith.*\n\nMatches the value at the end/);
    assert.match(hoverText(RULE, '1 of', { offset: 0 }), /`1 of`/);
    assert.match(hoverText(RULE, 'not filter'), /Negates/);
  });

  it('describes fields from the data, and says when a field is unknown for the logsource', () => {
    const data: LanguageData = { fieldsFor: () => [{ name: 'Image', description: 'The executable path.', examples: ['C:\\cmd.exe'], source: 'taxonomy: x' }] };
    assert.match(hoverText(RULE, 'Image|', { data }), /The executable path[\s\S]*Examples: `C:\\cmd.exe`[\s\S]*taxonomy: x/);
    assert.match(hoverText(RULE, 'User:', { data }), /Not a known field/);
    assert.equal(hoverText(RULE, 'User:'), '');
  });

  it('adds example values from the sample library under the field description, only when there are some', () => {
    const fieldsFor: LanguageData['fieldsFor'] = () => [{ name: 'Image', description: 'The executable path.', source: 'taxonomy: x' }];
    const sampleExamples: LanguageData['sampleExamples'] = (logsource, field) => (logsource.category === 'process_creation' && field === 'Image' ? ['C:\\Windows\\System32\\certutil.exe', 'a`b'] : []);
    assert.match(hoverText(RULE, 'Image|', { data: { fieldsFor, sampleExamples } }), /taxonomy: x_\n\nExamples from the sample library: `C:\\Windows\\System32\\certutil.exe`, `` a`b ``$/);
    assert.doesNotMatch(hoverText(RULE, 'Image|', { data: { fieldsFor } }), /sample library/);
    assert.doesNotMatch(hoverText(RULE, 'Image|', { data: { fieldsFor, sampleExamples: () => [] } }), /sample library/);
  });

  it('describes ATT&CK tags from the data, with revocation', () => {
    const data: LanguageData = { attack: { searchTags: () => [], lookupTag: (tag) => (tag === 'attack.execution' ? { tag, id: 'TA0002', name: 'Execution', kind: 'tactic', revoked: true, successorTag: 'attack.t1' } : undefined) } };
    assert.match(hoverText(RULE, 'attack.execution', { data }), /TA0002 Execution\*\* \(revoked, use `attack.t1`\)/);
    assert.match(hoverText(RULE, 'attack.execution'), /ATT&CK tactic/);
  });

  it('explains status and level values, logsource keys and top-level keys', () => {
    assert.match(hoverText(RULE, 'status: test', { offset: 9 }), /\*\*test\*\*/);
    assert.match(hoverText(RULE, 'category'), /logsource.category/);
    assert.match(hoverText(RULE, 'tags:'), /Namespaced tags/);
  });
});
