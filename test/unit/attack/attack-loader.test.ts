import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadAttackIndex, versionFromFileName } from '../../../server/src/adapters/attack-loader';
import { loadValidationResources } from '../../../server/src/adapters/validation-resources';
import { MINI_ATTACK_PATH } from '../taxonomy/check-support';

describe('ATT&CK loader and cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sw-attack-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('parses the bundle once, then reuses the cached index', async () => {
    const cacheDir = path.join(dir, 'cache');
    const first = await loadAttackIndex(MINI_ATTACK_PATH, { cacheDir });
    const second = await loadAttackIndex(MINI_ATTACK_PATH, { cacheDir });
    assert.deepEqual([first.from, second.from], ['bundle', 'cache']);
    assert.deepEqual(second.index, first.index);
  });

  it('reuses the cache after a touch (same sha256) and rebuilds after a change', async () => {
    const bundle = path.join(dir, 'enterprise-attack-18.1.json');
    copyFileSync(MINI_ATTACK_PATH, bundle);
    const cacheDir = path.join(dir, 'cache');
    await loadAttackIndex(bundle, { cacheDir });
    utimesSync(bundle, new Date(2030, 0, 1), new Date(2030, 0, 1));
    assert.equal((await loadAttackIndex(bundle, { cacheDir })).from, 'cache');
    writeFileSync(bundle, JSON.stringify({ type: 'bundle', objects: [] }));
    const changed = await loadAttackIndex(bundle, { cacheDir });
    assert.deepEqual([changed.from, Object.keys(changed.index.techniques).length, changed.index.version], ['bundle', 0, '18.1']);
  });

  it('reports a missing or malformed bundle as a problem, never throwing', async () => {
    const missing = await loadAttackIndex(path.join(dir, 'nope.json'), { cacheDir: false });
    assert.equal(missing.from, 'none');
    assert.match(missing.problems[0], /Cannot read the ATT&CK bundle/);
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"objects": [');
    const loaded = await loadAttackIndex(broken, { cacheDir: false });
    assert.equal(loaded.from, 'none');
    assert.match(loaded.problems[0], /not valid JSON/);
    const resources = await loadValidationResources({ attackPath: broken, cacheDir: path.join(dir, 'cache') });
    assert.equal(resources.attack, undefined);
    assert.equal(resources.problems.length, 1);
  });

  it('loads everything through loadValidationResources', async () => {
    const resources = await loadValidationResources({ attackPath: MINI_ATTACK_PATH, cacheDir: path.join(dir, 'cache') });
    assert.deepEqual(resources.problems, []);
    assert.equal(resources.attack?.version, '18.1');
    assert.ok(resources.taxonomy.logsources.size > 100);
  });

  it('reads the release from MITRE-style file names', () => {
    assert.equal(versionFromFileName('/x/enterprise-attack-18.1.json'), '18.1');
    assert.equal(versionFromFileName('/x/enterprise-attack-v17.json'), '17');
    assert.equal(versionFromFileName('/x/enterprise-attack.json'), undefined);
  });
});
