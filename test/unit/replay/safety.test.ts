import * as assert from 'node:assert/strict';
import { compileSafeRegex } from '../../../server/src/core/replay/safe-regex';
import { matchedEvents, replay, ruleWith } from './replay-helpers';

describe('replay: safety with hostile rules and events', () => {
  it('(a+)+$ against 50,000 a characters finishes in well under a second', () => {
    const rule = ruleWith("selection:\n  Field|re: '(a+)+$'\ncondition: selection");
    const started = Date.now();
    const result = matchedEvents(rule, [{ Field: `${'a'.repeat(50_000)}!` }, { Field: 'a'.repeat(50_000) }]);
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
    assert.deepEqual(result, [1]);
  });
  it('a pattern RE2 cannot run is reported, not thrown', () => {
    const compiled = compileSafeRegex('(?<=a)b\\1', { ignoreCase: false, multiLine: false, dotAll: false });
    assert.ok('error' in compiled);
    const result = replay(ruleWith("selection:\n  F|re: '(a)\\1'\ncondition: selection"), [{ F: 'aa' }])[0];
    assert.equal(result.matchCount, 0);
    assert.equal(result.diagnostics[0].code, 'replay-regex-unsupported');
  });
  it('many wildcards against a long value stay fast', () => {
    const rule = ruleWith(`selection:\n  F: '${'*a'.repeat(30)}*b'\ncondition: selection`);
    const started = Date.now();
    assert.deepEqual(matchedEvents(rule, [{ F: 'a'.repeat(20_000) }]), []);
    assert.ok(Date.now() - started < 1000);
  });
  it('a rule without detection, condition or a known selection never matches and says why', () => {
    const results = replay(['title: x\nlogsource:\n  product: test\ndetection:\n  sel:\n    a: 1\n', ruleWith('sel:\n  a: 1\ncondition: nope')], [{ a: 1 }]);
    assert.equal(results[0].diagnostics[0].code, 'replay-no-condition');
    assert.equal(results[1].diagnostics[0].code, 'replay-unknown-selection');
    assert.equal(results[0].matchCount + results[1].matchCount, 0);
  });
});
