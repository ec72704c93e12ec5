import { strict as assert } from 'node:assert';
import { bundledTaxonomyIndex } from '../../../server/src/core/taxonomy/default-taxonomy';
import type { Taxonomy } from '../../../server/src/core/taxonomy/model';
import { buildTaxonomyIndex } from '../../../server/src/core/taxonomy/taxonomy-index';
import { classifyField, describeField, describeLogsource, eventSourcesOf, fieldsFor, logsourceValues, lookupField, resolveLogsource } from '../../../server/src/core/taxonomy/taxonomy-query';

const base: Taxonomy = {
  source: 'base',
  products: [{ name: 'acme', fields: ['Host'] }],
  logsources: [{ product: 'acme', category: 'process_creation', fields: ['Exe', 'Args', 'payload.*'], enriched: ['Tree'] }],
  fieldInfo: { Exe: { description: 'The executable.', examples: ['/bin/sh'] } },
};

describe('taxonomy index', () => {
  it('merges layers: later ones add fields and logsources', () => {
    const top: Taxonomy = { source: 'top', products: [], logsources: [{ product: 'acme', category: 'process_creation', fields: ['Cwd'] }, { product: 'acme', service: 'vpn', fields: ['User'] }] };
    const index = buildTaxonomyIndex([base, top]);
    assert.deepEqual(fieldsFor(index, { product: 'acme', category: 'process_creation' }).map((field) => field.name).sort(), ['Args', 'Cwd', 'Exe', 'Host', 'Tree']);
    assert.ok(resolveLogsource(index, { product: 'ACME', service: 'vpn' }));
    assert.deepEqual(index.sources, ['base', 'top']);
  });

  it('drops earlier layers when a layer says replace', () => {
    const index = buildTaxonomyIndex([base, { source: 'mine', replace: true, products: [], logsources: [{ service: 'mine', fields: ['a'] }] }]);
    assert.equal(resolveLogsource(index, { product: 'acme', category: 'process_creation' }), undefined);
    assert.deepEqual(index.sources, ['mine']);
  });

  it('adds an open product-wide logsource for every product', () => {
    const logsource = resolveLogsource(buildTaxonomyIndex([base]), { product: 'acme' });
    assert.equal(logsource?.open, true);
  });

  it('accepts sub-paths of `name.*` entries and describes fields with their docs', () => {
    const index = buildTaxonomyIndex([base]);
    const logsource = resolveLogsource(index, { product: 'acme', category: 'process_creation' })!;
    assert.ok(lookupField(logsource, 'payload.request.uri'));
    assert.deepEqual(describeField(index, { product: 'acme', category: 'process_creation' }, 'Exe'), { name: 'Exe', logsource: 'product: acme, category: process_creation', description: 'The executable.', examples: ['/bin/sh'], enriched: false, common: false });
    assert.equal(describeField(index, { product: 'acme', category: 'process_creation' }, 'Tree')?.enriched, true);
    assert.equal(describeField(index, { product: 'acme', category: 'process_creation' }, 'Host')?.common, true);
  });

  it('classifies field names: known, case, near miss, other logsource, unknown', () => {
    const index = bundledTaxonomyIndex();
    const processCreation = resolveLogsource(index, { product: 'windows', category: 'process_creation' })!;
    assert.deepEqual(classifyField(index, processCreation, 'CommandLine'), { kind: 'known' });
    assert.deepEqual(classifyField(index, processCreation, 'commandLine'), { kind: 'case', suggestion: 'CommandLine' });
    assert.equal(classifyField(index, processCreation, 'CommandLime').kind, 'near-miss');
    assert.equal(classifyField(index, processCreation, 'TargetObject').kind, 'other-logsource');
    assert.equal(classifyField(index, processCreation, 'Zzzzzz').kind, 'unknown');
  });

  it('lists the values of a logsource part that combine with the parts given', () => {
    const index = bundledTaxonomyIndex();
    assert.ok(logsourceValues(index, 'category', { product: 'windows' }).includes('process_creation'));
    assert.ok(!logsourceValues(index, 'service', { product: 'linux' }).includes('security'));
    assert.ok(logsourceValues(index, 'product').includes('aws'));
  });

  it('describes logsources for hovers', () => {
    const description = describeLogsource(bundledTaxonomyIndex(), { product: 'windows', category: 'process_creation' });
    assert.match(description?.description ?? '', /Sysmon event 1/);
    assert.equal(description?.open, false);
    assert.ok((description?.fieldCount ?? 0) > 20);
    assert.equal(describeLogsource(bundledTaxonomyIndex(), { product: 'windows', category: 'nope' }), undefined);
  });

  it('describes the bundled Sysmon and Security fields for hovers', () => {
    const description = describeField(bundledTaxonomyIndex(), { product: 'windows', category: 'process_creation' }, 'OriginalFileName');
    assert.match(description?.description ?? '', /PE version resource/);
    assert.ok((description?.examples ?? []).length > 0);
    const events = eventSourcesOf(bundledTaxonomyIndex(), { product: 'windows', category: 'process_creation' });
    assert.deepEqual(events.map((event) => [event.service, event.channel, event.eventIds]), [['sysmon', 'Microsoft-Windows-Sysmon/Operational', [1]], ['security', 'Security', [4688]]]);
  });
});
