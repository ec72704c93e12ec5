import { strict as assert } from 'node:assert';
import { logsourceSpecificCheck } from '../../../server/src/core/validate/checks/logsource-specific';
import { findingsOf, fixedText, rangeText, ruleText } from '../taxonomy/check-support';

describe('logsource-specific check', () => {
  it('suggests category: process_creation for Sysmon EventID 1, with a fix that drops the EventID', () => {
    const text = ruleText({ logsource: ['product: windows', 'service: sysmon'], selection: ['EventID: 1', "CommandLine|contains: 'whoami'"] });
    const [finding] = findingsOf(text, logsourceSpecificCheck, 'logsource-specific');
    assert.equal(rangeText(text, finding), 'sysmon');
    assert.equal(finding.severity, 'information');
    assert.match(finding.message, /category: process_creation/);
    assert.equal(fixedText(text, finding), ruleText({ logsource: ['product: windows', 'category: process_creation'], selection: ["CommandLine|contains: 'whoami'"] }));
  });

  it('names the category for Security 4688 without a fix, since the field names differ', () => {
    const text = ruleText({ logsource: ['product: windows', 'service: security'], selection: ['EventID: 4688', 'NewProcessName|endswith: \\cmd.exe'] });
    const [finding] = findingsOf(text, logsourceSpecificCheck, 'logsource-specific');
    assert.match(finding.message, /category: process_creation/);
    assert.match(finding.message, /field names differ/);
    assert.equal(finding.fixes, undefined);
  });

  it('offers no fix when the EventID is the only field of its selection', () => {
    const text = ruleText({ logsource: ['product: windows', 'service: sysmon'], selection: ['EventID: 1'] });
    const [finding] = findingsOf(text, logsourceSpecificCheck, 'logsource-specific');
    assert.equal(finding.fixes, undefined);
  });

  it('says nothing for generic categories or event ids without a category', () => {
    const generic = ruleText({ logsource: ['product: windows', 'category: process_creation'], selection: ['Image: x'] });
    const other = ruleText({ logsource: ['product: windows', 'service: security'], selection: ['EventID: 4624'] });
    assert.deepEqual(findingsOf(generic, logsourceSpecificCheck, 'logsource-specific'), []);
    assert.deepEqual(findingsOf(other, logsourceSpecificCheck, 'logsource-specific'), []);
  });
});
