import { strict as assert } from 'node:assert';
import { buildAttackIndex } from '../../../server/src/core/attack/build-attack-index';
import { listTactics, lookupGroup, lookupSoftware, lookupTactic, lookupTechnique, searchTechniques } from '../../../server/src/core/attack/attack-query';
import { parseAttackTag } from '../../../server/src/core/attack/attack-tags';
import { miniAttackIndex } from '../taxonomy/check-support';

describe('ATT&CK index', () => {
  const index = miniAttackIndex();

  it('reads the release from the collection object and indexes techniques with their facts', () => {
    assert.equal(index.version, '18.1');
    const powershell = lookupTechnique(index, 'attack.t1059.001');
    assert.equal(powershell?.name, 'PowerShell');
    assert.deepEqual(powershell?.tactics, ['execution']);
    assert.equal(powershell?.subtechnique, true);
    assert.deepEqual(powershell?.platforms, ['Windows']);
    assert.equal(powershell?.summary, 'Adversaries may abuse PowerShell commands and scripts for execution.');
    assert.deepEqual(powershell?.dataSources, ['Script Execution']);
    assert.equal(lookupTechnique(index, 'T1059')?.summary, 'Adversaries may abuse command and script interpreters to execute commands, scripts, or binaries.');
  });

  it('records revocations with their replacement, and deprecations', () => {
    assert.deepEqual([index.techniques.T1086.revoked, index.techniques.T1086.replacedBy], [true, 'T1059.001']);
    assert.deepEqual([index.techniques.T1099.revoked, index.techniques.T1099.replacedBy], [true, undefined]);
    assert.equal(index.techniques.T1064.deprecated, true);
  });

  it('indexes tactics by shortname and id, groups and software', () => {
    assert.equal(lookupTactic(index, 'attack.execution')?.id, 'TA0002');
    assert.equal(lookupTactic(index, 'TA0005')?.shortname, 'defense-evasion');
    assert.deepEqual(listTactics(index).map((tactic) => tactic.id), ['TA0002', 'TA0003', 'TA0004', 'TA0005', 'TA0006']);
    assert.deepEqual(lookupGroup(index, 'g0016'), { id: 'G0016', name: 'APT29', aliases: ['Cozy Bear'], type: 'intrusion-set', revoked: false, deprecated: false });
    assert.equal(lookupSoftware(index, 'S0002')?.type, 'tool');
    assert.equal(lookupSoftware(index, 'S0154')?.type, 'malware');
  });

  it('searches techniques by id prefix or name words, current ones only by default', () => {
    assert.deepEqual(searchTechniques(index, 'powershell').map((technique) => technique.id), ['T1059.001']);
    assert.deepEqual(searchTechniques(index, 'powershell', { includeRevoked: true }).map((technique) => technique.id), ['T1059.001', 'T1086']);
    assert.deepEqual(searchTechniques(index, 'attack.t1059').map((technique) => technique.id), ['T1059', 'T1059.001']);
  });

  it('takes the release from the caller when the bundle has none, and never throws on bad input', () => {
    assert.equal(buildAttackIndex({ type: 'bundle', objects: [] }, { version: '17.0' }).version, '17.0');
    for (const bad of [null, 42, 'text', { objects: 'no' }]) assert.match(buildAttackIndex(bad).problems[0], /not a STIX bundle/);
    assert.deepEqual(buildAttackIndex({ objects: [null, 1, { type: 'attack-pattern' }] }).techniques, {});
  });

  it('parses attack tags', () => {
    assert.deepEqual(parseAttackTag('attack.T1059.001'), { kind: 'technique', id: 'T1059.001' });
    assert.deepEqual(parseAttackTag('attack.g0016'), { kind: 'group', id: 'G0016' });
    assert.deepEqual(parseAttackTag('attack.s0002'), { kind: 'software', id: 'S0002' });
    assert.deepEqual(parseAttackTag('attack.defense-evasion'), { kind: 'tactic', shortname: 'defense-evasion' });
    assert.equal(parseAttackTag('attack.t105'), undefined);
    assert.equal(parseAttackTag('car.2016-04-005'), undefined);
  });
});
