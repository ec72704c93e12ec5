import { strict as assert } from 'node:assert';
import { attackIdsCheck } from '../../../server/src/core/validate/checks/attack-ids';
import { findingsOf, fixedText, miniAttackIndex, rangeText, ruleText } from '../taxonomy/check-support';

const attack = miniAttackIndex();

function rule(tags: string[]): string {
  return ruleText({ logsource: ['product: windows', 'category: process_creation'], selection: ['Image: x'], tags });
}

describe('attack-ids check', () => {
  it('reports a technique the loaded release lacks as a warning naming the release', () => {
    const text = rule(['attack.execution', 'attack.t1999']);
    const [finding] = findingsOf(text, attackIdsCheck, 'attack-unknown-technique', { attack });
    assert.equal(rangeText(text, finding), 'attack.t1999');
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /T1999 is not in ATT&CK v18\.1/);
  });

  it('reports a revoked technique with its replacement and a fix', () => {
    const text = rule(['attack.execution', 'attack.t1086']);
    const [finding] = findingsOf(text, attackIdsCheck, 'attack-revoked-technique', { attack });
    assert.equal(rangeText(text, finding), 'attack.t1086');
    assert.match(finding.message, /replaced by T1059\.001 \(PowerShell\)/);
    assert.equal(fixedText(text, finding), rule(['attack.execution', 'attack.t1059.001']));
  });

  it('reports a revoked technique without a recorded replacement, with no fix', () => {
    const [finding] = findingsOf(rule(['attack.t1099']), attackIdsCheck, 'attack-revoked-technique', { attack });
    assert.equal(finding.fixes, undefined);
  });

  it('reports a deprecated technique', () => {
    const text = rule(['attack.t1064']);
    const [finding] = findingsOf(text, attackIdsCheck, 'attack-deprecated-technique', { attack });
    assert.equal(rangeText(text, finding), 'attack.t1064');
  });

  it('reports unknown groups and software', () => {
    const text = rule(['attack.g9999', 'attack.s9999']);
    assert.equal(rangeText(text, findingsOf(text, attackIdsCheck, 'attack-unknown-group', { attack })[0]), 'attack.g9999');
    assert.equal(rangeText(text, findingsOf(text, attackIdsCheck, 'attack-unknown-software', { attack })[0]), 'attack.s9999');
  });

  it('accepts current techniques, sub-techniques, groups and software, and says nothing without ATT&CK data', () => {
    const text = rule(['attack.execution', 'attack.t1059', 'attack.t1059.001', 'attack.g0016', 'attack.s0002', 'attack.s0154']);
    const codes = ['attack-unknown-technique', 'attack-revoked-technique', 'attack-deprecated-technique', 'attack-unknown-group', 'attack-unknown-software'];
    for (const code of codes) assert.deepEqual(findingsOf(text, attackIdsCheck, code, { attack }), [], code);
    assert.deepEqual(findingsOf(rule(['attack.t1999']), attackIdsCheck, 'attack-unknown-technique'), []);
  });
});
