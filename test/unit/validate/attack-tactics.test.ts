import { strict as assert } from 'node:assert';
import { attackTacticsCheck } from '../../../server/src/core/validate/checks/attack-tactics';
import { findingsOf, fixedText, miniAttackIndex, rangeText, ruleText } from '../taxonomy/check-support';

const attack = miniAttackIndex();

function rule(tags: string[]): string {
  return ruleText({ logsource: ['product: windows', 'category: process_creation'], selection: ['Image: x'], tags });
}

describe('attack-tactics check', () => {
  describe('attack-unknown-tactic', () => {
    it('reports a tactic of a later release as a warning naming the loaded one', () => {
      const text = rule(['attack.stealth', 'attack.t1027']);
      const [finding] = findingsOf(text, attackTacticsCheck, 'attack-unknown-tactic', { attack });
      assert.equal(rangeText(text, finding), 'attack.stealth');
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /not in ATT&CK v18\.1.*later release, split from defense-evasion/);
    });

    it('accepts tactics of the loaded release', () => {
      assert.deepEqual(findingsOf(rule(['attack.execution', 'attack.defense-evasion']), attackTacticsCheck, 'attack-unknown-tactic', { attack }), []);
    });
  });

  describe('attack-missing-tactic', () => {
    it('hints at a technique tagged without its tactic, with a fix inserting the tactic before it', () => {
      const text = rule(['attack.t1059.001']);
      const [finding] = findingsOf(text, attackTacticsCheck, 'attack-missing-tactic', { attack });
      assert.equal(rangeText(text, finding), 'attack.t1059.001');
      assert.equal(finding.severity, 'hint');
      assert.equal(fixedText(text, finding), rule(['attack.execution', 'attack.t1059.001']));
    });

    it('offers one fix per tactic of a multi-tactic technique, and works in flow lists', () => {
      const [multi] = findingsOf(rule(['attack.t1547']), attackTacticsCheck, 'attack-missing-tactic', { attack });
      assert.deepEqual(multi.fixes?.map((fix) => fix.title), ["Add 'attack.persistence'", "Add 'attack.privilege-escalation'"]);
      const flow = 'title: Example\ntags: [attack.t1003]\nlogsource:\n    category: process_creation\n    product: windows\ndetection:\n    selection:\n        Image: x\n    condition: selection\n';
      const [finding] = findingsOf(flow, attackTacticsCheck, 'attack-missing-tactic', { attack });
      assert.equal(fixedText(flow, finding), flow.replace('[attack.t1003]', '[attack.credential-access, attack.t1003]'));
    });

    it('counts a later tactic that split from the technique\'s tactic (stealth for defense-evasion)', () => {
      assert.deepEqual(findingsOf(rule(['attack.stealth', 'attack.t1027']), attackTacticsCheck, 'attack-missing-tactic', { attack }), []);
      assert.deepEqual(findingsOf(rule(['attack.execution', 'attack.t1059']), attackTacticsCheck, 'attack-missing-tactic', { attack }), []);
    });
  });
});
