import { strict as assert } from 'node:assert';
import { intendedAttribute } from '../../../server/src/core/validate/checks/attribute-typo';
import { isCidr } from '../../../server/src/core/validate/checks/modifier-values';
import { closestWord, editDistance } from '../../../server/src/core/text/edit-distance';
import { requoteScalar } from '../../../server/src/core/validate/source-text';

describe('validation helpers', () => {
  it('measures edit distance with transpositions, capped', () => {
    assert.equal(editDistance('realted', 'related'), 1);
    assert.equal(editDistance('modifed', 'modified'), 1);
    assert.equal(editDistance('abc', 'xyzuvw', 2), 3);
    assert.equal(closestWord('hgh', ['low', 'high', 'critical']), 'high');
    assert.equal(closestWord('zzz', ['low', 'high']), undefined);
  });

  it('finds the attribute a custom key most likely meant, and leaves real custom keys alone', () => {
    assert.equal(intendedAttribute('realted'), 'related');
    assert.equal(intendedAttribute('falsepositive'), 'falsepositives');
    assert.equal(intendedAttribute('Tags'), 'tags');
    assert.equal(intendedAttribute('reference'), 'references');
    for (const custom of ['regression_tests_path', 'simulation', 'license_url', 'severity', 'custom']) assert.equal(intendedAttribute(custom), undefined, custom);
  });

  it('recognises IPv4 and IPv6 networks', () => {
    for (const good of ['10.0.0.0/8', '192.168.1.1', '::1', 'fe80::/10', '2001:db8::/32', '::ffff:10.0.0.1/128']) assert.ok(isCidr(good), good);
    for (const bad of ['10.0.0.0/33', '10.0.0/8', '256.1.1.1', 'fe80::/129', '1::2::3', 'host', '10.0.0.0/8/1']) assert.ok(!isCidr(bad), bad);
  });

  it('rewrites a scalar keeping its quotes, and quotes plain text that YAML would read differently', () => {
    assert.equal(requoteScalar("'*foo*'", 'foo'), "'foo'");
    assert.equal(requoteScalar("'*it''s*'", "it's"), "'it''s'");
    assert.equal(requoteScalar('"*foo*"', 'foo'), '"foo"');
    assert.equal(requoteScalar('"*a\\\\b*"', 'a\\b'), undefined);
    assert.equal(requoteScalar('foo*', 'foo'), 'foo');
    assert.equal(requoteScalar('foo*', 'true'), "'true'");
    assert.equal(requoteScalar('foo*', '- x'), "'- x'");
    assert.equal(requoteScalar('|\n  a*', 'a'), undefined);
  });
});
