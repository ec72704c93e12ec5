import { strict as assert } from 'node:assert';
import { logsourceUnknownCheck } from '../../../server/src/core/validate/checks/logsource-unknown';
import { findingsOf, fixedText, rangeText, ruleText } from '../taxonomy/check-support';

function rule(logsource: string[]): string {
  return ruleText({ logsource, selection: ['Image: x'] });
}

describe('logsource-unknown check', () => {
  it('reports an unknown category with a fix to the closest known one', () => {
    const text = rule(['product: windows', 'category: process_creaton']);
    const [finding] = findingsOf(text, logsourceUnknownCheck, 'logsource-unknown');
    assert.equal(rangeText(text, finding), 'process_creaton');
    assert.match(finding.message, /did you mean 'process_creation'/);
    assert.equal(fixedText(text, finding), rule(['product: windows', 'category: process_creation']));
  });

  it('reports known values that do not combine, listing what the product has', () => {
    const text = rule(['product: linux', 'service: security']);
    const [finding] = findingsOf(text, logsourceUnknownCheck, 'logsource-unknown');
    assert.equal(rangeText(text, finding), 'security');
    assert.match(finding.message, /No known logsource has product: linux, service: security; known with product linux: /);
    assert.equal(finding.fixes, undefined);
  });

  it('accepts known combinations, product-only logsources and generic categories with a product', () => {
    for (const logsource of [['product: windows', 'category: process_creation'], ['product: windows'], ['category: proxy'], ['product: zeek', 'category: dns']]) {
      assert.deepEqual(findingsOf(rule(logsource), logsourceUnknownCheck, 'logsource-unknown'), [], logsource.join(', '));
    }
  });
});
