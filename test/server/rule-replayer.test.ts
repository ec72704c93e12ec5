import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createRuleReplayer, resolveReplayPaths } from '../../server/src/adapters/rule-replayer';
import { PROCESS_RULE } from './fixtures/rules';

// The replay service behind the code lens and sigma/replayRule, without the LSP around it.
describe('rule replayer (the language server\'s replay service)', () => {
  let root: string;

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'sigma-replayer-'));
    mkdirSync(path.join(root, 'samples', 'scenario'), { recursive: true });
    mkdirSync(path.join(root, 'samples', 'baseline'));
    const manifest = 'files:\n  - path: events.jsonl\n    logsource:\n      product: windows\n      category: process_creation\n';
    const event = (image: string) => JSON.stringify({ Image: image, CommandLine: `${image} a x.dmp`, ParentImage: 'C:\\Windows\\explorer.exe' });
    for (const folder of ['scenario', 'baseline']) writeFileSync(path.join(root, 'samples', folder, 'manifest.yml'), manifest);
    writeFileSync(path.join(root, 'samples', 'scenario', 'events.jsonl'), Array.from({ length: 5000 }, (_, i) => event(i % 2 ? 'C:\\t\\7z.exe' : 'C:\\t\\calc.exe')).join('\n'));
    writeFileSync(path.join(root, 'samples', 'baseline', 'events.jsonl'), event('C:\\t\\calc.exe'));
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds the bundled layout: scenario folders as samples, baseline/ as the baseline', async () => {
    const paths = await resolveReplayPaths({ samples: [], baseline: '', workspaceRoot: root, bundledRoot: path.join(root, 'samples') });
    assert.deepEqual(paths, { samples: [path.join(root, 'samples', 'scenario')], baseline: path.join(root, 'samples', 'baseline') });
    assert.equal(await resolveReplayPaths({ samples: [], baseline: '', workspaceRoot: root, bundledRoot: path.join(root, 'missing') }), undefined);
  });

  it('counts hits in samples and baseline, and stops when cancelled', async () => {
    const replayer = createRuleReplayer({ samples: [path.join(root, 'samples', 'scenario')], baseline: path.join(root, 'samples', 'baseline') });
    const result = await replayer.replayRule({ text: PROCESS_RULE, documentIndex: 0 }, { isCancellationRequested: false });
    assert.deepEqual([result.sampleHits, result.sampleEvents, result.baselineHits, result.baselineEvents], [2500, 5000, 0, 1]);
    await assert.rejects(replayer.replayRule({ text: PROCESS_RULE, documentIndex: 0 }, { isCancellationRequested: true }), /cancelled/);
  });
});
