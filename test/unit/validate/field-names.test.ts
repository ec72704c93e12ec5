import { strict as assert } from 'node:assert';
import { fieldNamesCheck } from '../../../server/src/core/validate/checks/field-names';
import { findingsOf, fixedText, rangeText, ruleText } from '../taxonomy/check-support';

const PROCESS_CREATION = ['product: windows', 'category: process_creation'];

function rule(selection: string[], logsource = PROCESS_CREATION): string {
  return ruleText({ logsource, selection });
}

describe('field-names check', () => {
  describe('field-case', () => {
    it('reports a case-only difference and fixes it to the taxonomy spelling', () => {
      const text = rule(["commandline|contains: 'whoami'"]);
      const [finding] = findingsOf(text, fieldNamesCheck, 'field-case');
      assert.equal(rangeText(text, finding), 'commandline');
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /'CommandLine'/);
      assert.equal(fixedText(text, finding), rule(["CommandLine|contains: 'whoami'"]));
    });

    it('accepts the exact spelling', () => {
      assert.deepEqual(findingsOf(rule(["CommandLine|contains: 'whoami'"]), fieldNamesCheck, 'field-case'), []);
    });

    it('treats CommandLIne and Commandline as case-only differences', () => {
      for (const name of ['CommandLIne', 'Commandline']) {
        const [finding] = findingsOf(rule([`${name}: x`]), fieldNamesCheck, 'field-case');
        assert.equal(finding?.fixes?.[0].edits[0].newText, 'CommandLine', name);
      }
    });
  });

  it('checks the field a fieldref value names, keeping its quotes in the fix', () => {
    const text = rule(["ParentUser|fieldref: 'user'"]);
    const [finding] = findingsOf(text, fieldNamesCheck, 'field-case');
    assert.equal(rangeText(text, finding), "'user'");
    assert.equal(fixedText(text, finding), rule(["ParentUser|fieldref: 'User'"]));
    assert.deepEqual(findingsOf(rule(['ParentUser|fieldref: User']), fieldNamesCheck, 'field-case'), []);
  });

  describe('field-near-miss', () => {
    it('reports a one-letter typo with a fix to the closest field', () => {
      const text = rule(['ParentImgae|endswith: \\explorer.exe']);
      const [finding] = findingsOf(text, fieldNamesCheck, 'field-near-miss');
      assert.equal(rangeText(text, finding), 'ParentImgae');
      assert.equal(fixedText(text, finding), rule(['ParentImage|endswith: \\explorer.exe']));
    });

    it('suggests ImageLoaded for Image in driver_load, saying where Image belongs', () => {
      const text = rule(['Image|endswith: .sys'], ['product: windows', 'category: driver_load']);
      const [finding] = findingsOf(text, fieldNamesCheck, 'field-near-miss');
      assert.equal(rangeText(text, finding), 'Image');
      assert.match(finding.message, /did you mean 'ImageLoaded'/);
      assert.match(finding.message, /process_creation/);
      assert.equal(fixedText(text, finding), rule(['ImageLoaded|endswith: .sys'], ['product: windows', 'category: driver_load']));
    });

    it('accepts a correctly spelled field', () => {
      assert.deepEqual(findingsOf(rule(['ParentImage|endswith: \\explorer.exe']), fieldNamesCheck, 'field-near-miss'), []);
    });
  });

  describe('field-other-logsource', () => {
    it('says which logsource provides TargetObject when it is used in process_creation', () => {
      const text = rule(['TargetObject|contains: \\Run\\']);
      const [finding] = findingsOf(text, fieldNamesCheck, 'field-other-logsource');
      assert.equal(rangeText(text, finding), 'TargetObject');
      assert.match(finding.message, /registry_/);
      assert.equal(finding.fixes, undefined);
    });

    it('accepts TargetObject in registry_set', () => {
      assert.deepEqual(findingsOf(rule(['TargetObject|contains: \\Run\\'], ['product: windows', 'category: registry_set']), fieldNamesCheck, 'field-other-logsource'), []);
    });
  });

  describe('field-unknown', () => {
    it('reports a name no logsource of the product has', () => {
      const text = rule(['Frobnicator: 1']);
      const [finding] = findingsOf(text, fieldNamesCheck, 'field-unknown');
      assert.equal(rangeText(text, finding), 'Frobnicator');
    });

    it('accepts product-wide fields, enriched fields and sub-paths of nested cloud records', () => {
      assert.deepEqual(findingsOf(rule(['EventID: 1', 'Provider_Name: x', 'GrandparentCommandLine: y']), fieldNamesCheck, 'field-unknown'), []);
      const cloud = rule(['eventName: ConsoleLogin', 'userIdentity.sessionContext.sessionIssuer.type: Role'], ['product: aws', 'service: cloudtrail']);
      assert.deepEqual(findingsOf(cloud, fieldNamesCheck, 'field-unknown'), []);
    });

    it('says nothing for open logsources (keyword-style application logs) and unknown logsources', () => {
      assert.deepEqual(findingsOf(rule(['anything: 1'], ['product: linux', 'service: syslog']), fieldNamesCheck, 'field-unknown'), []);
      assert.deepEqual(findingsOf(rule(['anything: 1'], ['product: mything', 'service: x']), fieldNamesCheck, 'field-unknown'), []);
    });
  });
});
