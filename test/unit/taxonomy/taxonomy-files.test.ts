import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readTaxonomyFile } from '../../../server/src/adapters/taxonomy-files';
import { loadValidationResources } from '../../../server/src/adapters/validation-resources';
import { detectTaxonomyFormat } from '../../../server/src/core/taxonomy/read-taxonomy';
import { fromWorkspaceTaxonomy } from '../../../server/src/core/taxonomy/workspace-taxonomy';
import { describeField, resolveLogsource } from '../../../server/src/core/taxonomy/taxonomy-query';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'taxonomy');
const fixture = (name: string) => path.join(FIXTURES, name);

describe('taxonomy files', () => {
  it('reads SigmaHQ sigmahq_taxonomy.json: native fields, custom ones as enriched, empty lists as open', async () => {
    const loaded = await readTaxonomyFile(fixture('sigmahq-taxonomy-sample.json'));
    assert.equal(loaded.format, 'sigmahq-taxonomy');
    assert.deepEqual(loaded.taxonomy?.logsources[0], { product: 'acme', category: undefined, service: 'vpn', description: 'ACME VPN', fields: ['UserName', 'ClientIp'], enriched: ['GeoCountry'] });
    assert.equal(loaded.problems.length, 1);
    assert.match(loaded.problems[0], /'broken' has no logsource/);
  });

  it('reads SigmaHQ logsource.json: common fields per product, `empty` as no product, addon as enriched', async () => {
    const resources = await loadValidationResources({ taxonomyPaths: [fixture('sigmahq-logsource-sample.json')], bundledTaxonomy: false });
    const process = resolveLogsource(resources.taxonomy, { product: 'acme', category: 'process_creation' })!;
    assert.deepEqual([...process.fields.keys()].sort(), ['Args', 'Exe', 'Host', 'ParentExe']);
    assert.ok(resolveLogsource(resources.taxonomy, { category: 'webmail' }));
    assert.equal(resolveLogsource(resources.taxonomy, { product: 'acme', service: 'unchecked' })?.open, true);
    assert.equal(resolveLogsource(resources.taxonomy, { product: 'windows', category: 'process_creation' }), undefined);
  });

  it('layers a workspace YAML file on top of the bundled taxonomy', async () => {
    const resources = await loadValidationResources({ taxonomyPaths: [fixture('workspace-taxonomy.yml')] });
    assert.deepEqual(resources.problems, []);
    const parts = { product: 'windows', category: 'process_creation' };
    assert.equal(describeField(resources.taxonomy, parts, 'ProcessTreeJson')?.description, "The EDR's process tree, as JSON.");
    assert.equal(describeField(resources.taxonomy, parts, 'TenantId')?.description, 'The tenant the device belongs to.');
    assert.ok(describeField(resources.taxonomy, parts, 'CommandLine'));
    assert.ok(resolveLogsource(resources.taxonomy, { product: 'acme_edr', service: 'alerts' }));
  });

  it('reports unreadable and malformed files as problems, keeping the bundled taxonomy', async () => {
    const resources = await loadValidationResources({ taxonomyPaths: [fixture('missing.yml'), fixture('broken.yml')] });
    assert.equal(resources.problems.length, 2);
    assert.match(resources.problems[0], /Cannot read the taxonomy .*missing\.yml/);
    assert.match(resources.problems[1], /broken\.yml does not parse/);
    assert.ok(resolveLogsource(resources.taxonomy, { product: 'windows', category: 'process_creation' }));
  });

  it('refuses a YAML alias bomb and a binary file with a problem, quickly', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sw-taxonomy-'));
    try {
      const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]}]`)];
      writeFileSync(path.join(dir, 'bomb.yml'), `${levels.join('\n')}\nlogsources: *i\n`);
      writeFileSync(path.join(dir, 'binary.yml'), Buffer.from([0, 255, 1, 2, 0, 9, 7]));
      const started = Date.now();
      const bomb = await readTaxonomyFile(path.join(dir, 'bomb.yml'));
      const binary = await readTaxonomyFile(path.join(dir, 'binary.yml'));
      assert.ok(Date.now() - started < 2000);
      assert.equal(bomb.taxonomy, undefined);
      assert.match(bomb.problems[0], /bomb\.yml does not parse/);
      assert.ok(binary.problems.length > 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports workspace entries of the wrong shape without throwing', () => {
    const { taxonomy, problems } = fromWorkspaceTaxonomy({ logsources: [{ fields: ['a'] }, 'x', { product: 'p', fields: [3] }], products: {} }, 'ws');
    assert.equal(taxonomy.logsources.length, 1);
    assert.deepEqual(problems, ['ws: products: expected a list', 'ws: logsources[0]: expected a product, category or service', 'ws: logsources[1]: expected a product, category or service', 'ws: logsources[2].fields: a field is a name or {name, description, examples}']);
    assert.equal(detectTaxonomyFormat(null), 'workspace');
  });
});
