import assert from 'node:assert/strict';
import { completeAt } from '../../../server/src/core/language/completion';
import type { LanguageData } from '../../../server/src/core/language/language-data';
import { after, analyze, RULE } from './support';

function labelsAt(text: string, needle: string, data: LanguageData = {}): string[] {
  return completeAt({ ...analyze(text), position: after(text, needle), data, newId: () => 'new-id', today: '2025-01-02' }).items.map((item) => item.label);
}

const FIELDS: LanguageData = {
  fieldsFor: (logsource) => (logsource.category === 'process_creation' ? [{ name: 'Image', source: 't' }, { name: 'CommandLine', source: 't' }] : []),
  logsourceValues: (key) => (key === 'product' ? [{ value: 'windows', source: 't' }, { value: 'linux', source: 't' }] : []),
};

describe('completeAt', () => {
  it('offers the top-level keys a rule lacks, in SigmaHQ order', () => {
    const text = RULE + 'fa';
    const labels = labelsAt(text, '\nfa');
    assert.ok(labels.indexOf('id') < labels.indexOf('falsepositives'));
    assert.ok(!labels.includes('title') && !labels.includes('detection'));
  });

  it('fills id and date values', () => {
    const text = RULE.replace('status: test', 'id: ');
    const items = completeAt({ ...analyze(text), position: after(text, 'id: '), data: {}, newId: () => 'new-id' }).items;
    assert.deepEqual(items.map((item) => item.insertText), ['new-id']);
  });

  it('offers logsource keys not yet written and values from the data', () => {
    assert.deepEqual(labelsAt(RULE.replace('    product: windows\n', '    pro\n'), '    pro', FIELDS), ['product', 'service', 'definition']);
    assert.deepEqual(labelsAt(RULE.replace('product: windows', 'product: li'), 'product: li', FIELDS), ['windows', 'linux']);
  });

  it('offers fields of the rule\'s logsource in selections and list items', () => {
    assert.deepEqual(labelsAt(RULE.replace("        User: 'SYSTEM'", '        Us'), '        Us', FIELDS), ['Image', 'CommandLine']);
    assert.deepEqual(labelsAt(RULE.replace("        - OriginalFileName: 'Cmd.Exe'", '        - Or'), '        - Or', FIELDS), ['Image', 'CommandLine']);
  });

  it('offers only modifiers that fit the chain: flags after re, one string match, no repeats', () => {
    const afterRe = labelsAt(RULE.replace("        User: 'SYSTEM'", '        User|re|'), 'User|re|');
    for (const name of ['i', 'm', 's', 'cased', 'all']) assert.ok(afterRe.includes(name), name);
    for (const name of ['contains', 'base64', 'windash']) assert.ok(!afterRe.includes(name), name);
    const contains = labelsAt(RULE.replace("        User: 'SYSTEM'", '        User|contains|'), 'User|contains|');
    assert.ok(contains.includes('all') && contains.includes('windash'));
    for (const name of ['contains', 'startswith', 're', 'i']) assert.ok(!contains.includes(name), name);
    const numeric = labelsAt(RULE.replace("        User: 'SYSTEM'", '        User|gt|'), 'User|gt|');
    assert.ok(!numeric.includes('lt') && !numeric.includes('gte'));
  });

  it('offers selections, shared-prefix patterns and keywords in the condition', () => {
    const labels = labelsAt(RULE, 'and not ');
    for (const expected of ['selection_a', 'selection_b', 'filter', 'selection_*', 'and', '1 of', 'them']) assert.ok(labels.includes(expected), expected);
  });

  it('offers tactic tags without ATT&CK data, and searches ATT&CK when present', () => {
    const text = RULE.replace('    - attack.execution\n', '    - attack.execution\n    - attack.\n');
    const offline = labelsAt(text, '    - attack.');
    assert.ok(offline.includes('attack.persistence') && !offline.includes('attack.execution'));
    const attack: LanguageData = { attack: { lookupTag: () => undefined, searchTags: (query) => [{ tag: `attack.t1059${query ? '' : '.001'}`, id: 'T1059', name: 'Command and Scripting Interpreter', kind: 'technique' }] } };
    const result = completeAt({ ...analyze(text), position: after(text, '    - attack.'), data: attack });
    assert.equal(result.isIncomplete, true);
    assert.deepEqual(result.items.map((item) => item.label), ['attack.t1059.001']);
  });

  it('offers correlation keys, types and referenced rule names', () => {
    const text = 'title: c\ncorrelation:\n    type: \n    rules:\n        - \n    ti';
    const data: LanguageData = { ruleReferences: () => [{ value: 'failed_logon', source: 'rule name' }] };
    assert.ok(labelsAt(text, 'type: ').includes('temporal_ordered'));
    assert.deepEqual(labelsAt(text, '        - ', data), ['failed_logon']);
    const keys = labelsAt(text, '    ti');
    assert.ok(keys.includes('timespan') && keys.includes('group-by') && !keys.includes('type'), keys.join(','));
  });

  it('offers the new-rule snippet in an empty document and nothing inside unknown sections', () => {
    assert.equal(completeAt({ ...analyze(''), position: { line: 0, character: 0 }, data: {} }).items[0].label, 'New Sigma rule');
    assert.deepEqual(labelsAt(RULE.replace('level: low', 'falsepositives:\n    - Adm'), '    - Adm'), []);
  });
});
