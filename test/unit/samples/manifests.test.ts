import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { BASELINE_DIR, readEvents, readManifest, scenarios } from './sample-library';

const TECHNIQUE = /^T\d{4}(\.\d{3})?$/;
const SCENARIO_NAME = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

describe('sample library manifests', () => {
  const all = scenarios();

  it('has at least 40 malicious scenarios covering at least 30 distinct ATT&CK techniques', () => {
    const malicious = all.filter((s) => s.manifest.malicious === true);
    const techniques = new Set(malicious.flatMap((s) => s.manifest.techniques));
    assert.ok(malicious.length >= 40, `only ${malicious.length} malicious scenarios`);
    assert.ok(techniques.size >= 30, `only ${techniques.size} techniques`);
  });

  it('covers Windows, Linux, cloud and network sources', () => {
    const sources = new Set(all.flatMap((s) => s.manifest.files.map((f) => f.logsource.product ?? f.logsource.category)));
    for (const expected of ['windows', 'linux', 'aws', 'azure', 'okta', 'gcp', 'proxy', 'dns']) assert.ok(sources.has(expected), `no scenario for ${expected}`);
  });

  for (const scenario of all) {
    it(`${scenario.platform}/${scenario.name} is well-formed`, () => {
      const m = scenario.manifest;
      assert.match(scenario.name, SCENARIO_NAME);
      assert.ok(typeof m.title === 'string' && m.title.length > 0, 'title');
      assert.ok(typeof m.description === 'string' && m.description.length > 0, 'description');
      assert.equal(typeof m.malicious, 'boolean');
      assert.ok(Array.isArray(m.techniques) && m.techniques.length > 0, 'techniques');
      for (const id of m.techniques) assert.match(id, TECHNIQUE);
      assert.match(m.provenance, /^synthetic\b/);
      assert.ok(m.files.length > 0, 'files');
      for (const file of m.files) assertFileEntry(scenario.dir, file);
      const events = m.files.reduce((sum, file) => sum + readEvents(path.join(scenario.dir, file.path)).length, 0);
      assert.ok(events >= 3 && events <= 30, `a scenario tells a short story: ${events} events`);
    });
  }

  it('describes the baseline with the same manifest shape, malicious: false', () => {
    const m = readManifest(BASELINE_DIR);
    assert.equal(m.malicious, false);
    assert.match(m.provenance, /^synthetic\b/);
    for (const file of m.files) assertFileEntry(BASELINE_DIR, file);
  });
});

function assertFileEntry(dir: string, file: { path: string; logsource: Record<string, string>; format: string; events?: number }): void {
  const full = path.join(dir, file.path);
  assert.ok(existsSync(full), `${full} is missing`);
  assert.ok(['evtx-json', 'flat'].includes(file.format), `format ${file.format}`);
  assert.ok(file.logsource && (file.logsource.product || file.logsource.category || file.logsource.service), 'logsource');
  const events = readEvents(full);
  assert.ok(events.length > 0, `${full} has no events`);
  if (file.events !== undefined) assert.equal(events.length, file.events, `${full}: manifest says ${file.events} events`);
  if (file.format === 'evtx-json') for (const event of events) assert.ok((event.Event as { System?: unknown })?.System, `${full}: not in evtx_dump shape`);
}
