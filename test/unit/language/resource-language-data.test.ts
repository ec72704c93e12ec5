import assert from 'node:assert/strict';
import { emptyAttackIndex, type AttackIndex } from '../../../server/src/core/attack/attack-index';
import { languageDataFromResources } from '../../../server/src/core/language/resource-language-data';
import { bundledTaxonomyIndex } from '../../../server/src/core/taxonomy/default-taxonomy';

function attackIndex(): AttackIndex {
  const index = emptyAttackIndex('18.1');
  const technique = { tactics: ['execution'], platforms: ['Windows'], dataSources: ['Process Creation'], subtechnique: false, revoked: false, deprecated: false };
  index.techniques.T1059 = { ...technique, id: 'T1059', name: 'Command and Scripting Interpreter', summary: 'Adversaries may abuse interpreters.' };
  index.techniques['T1059.001'] = { ...technique, id: 'T1059.001', name: 'PowerShell', summary: 'Adversaries may abuse PowerShell.', subtechnique: true };
  index.techniques.T1086 = { ...technique, id: 'T1086', name: 'PowerShell', summary: 'Old.', revoked: true, replacedBy: 'T1059.001' };
  index.tactics.execution = { id: 'TA0002', shortname: 'execution', name: 'Execution', summary: 'Running code.' };
  return index;
}

describe('languageDataFromResources', () => {
  it('looks up techniques and tactics by tag, with the successor of a revoked one', () => {
    const data = languageDataFromResources({ attack: attackIndex() });
    assert.equal(data.attack?.lookupTag('attack.t1059.001')?.name, 'PowerShell');
    assert.equal(data.attack?.lookupTag('attack.execution')?.id, 'TA0002');
    assert.equal(data.attack?.lookupTag('attack.t1086')?.successorTag, 'attack.t1059.001');
    assert.equal(data.attack?.lookupTag('cve.2021-1'), undefined);
  });

  it('searches tactics and current techniques by id prefix or name', () => {
    const data = languageDataFromResources({ attack: attackIndex() });
    assert.deepEqual(data.attack?.searchTags('powershell', { limit: 10 }).map((info) => info.tag), ['attack.t1059.001']);
    assert.deepEqual(data.attack?.searchTags('attack.t1059', { limit: 10 }).map((info) => info.tag), ['attack.t1059', 'attack.t1059.001']);
    assert.deepEqual(data.attack?.searchTags('exec', { limit: 10 }).map((info) => info.tag), ['attack.execution']);
  });

  it('offers the bundled taxonomy\'s fields and logsource values', () => {
    const data = languageDataFromResources({ taxonomy: bundledTaxonomyIndex() });
    const fields = data.fieldsFor?.({ product: 'windows', category: 'process_creation' }).map((field) => field.name) ?? [];
    assert.ok(fields.includes('CommandLine') && fields.includes('ParentImage'), fields.join(','));
    assert.ok(data.logsourceValues?.('product').some((value) => value.value === 'windows'));
    assert.equal(data.attack, undefined);
  });
});
