import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeLensRequest, type CodeLens } from 'vscode-languageserver-protocol/node';
import { ReplayRuleRequest, type ReplayRuleResult } from '../../server/src/protocol';
import { PROCESS_RULE } from './fixtures/rules';
import { buildServer, TestClient } from './support/lsp-client';
import { positionOf } from './support/positions';

const MANIFEST = 'files:\n  - path: events.jsonl\n    logsource:\n      product: windows\n      category: process_creation\n';

function processEvent(image: string, commandLine: string): string {
  return JSON.stringify({ Image: image, CommandLine: commandLine, ParentImage: 'C:\\Windows\\explorer.exe' });
}

describe('language server over stdio: replay code lens and sigma/replayRule', function () {
  let root: string;
  let client: TestClient;

  before(async function () {
    this.timeout(60_000);
    buildServer();
    root = mkdtempSync(path.join(tmpdir(), 'sigma-replay-'));
    for (const folder of ['attack', 'benign']) mkdirSync(path.join(root, folder));
    writeFileSync(path.join(root, 'attack', 'manifest.yml'), MANIFEST);
    writeFileSync(path.join(root, 'attack', 'events.jsonl'), [processEvent('C:\\Tools\\7z.exe', '7z.exe a dump.zip lsass.dmp'), processEvent('C:\\Tools\\7za.exe', '7za.exe a out.7z proc.dmp'), processEvent('C:\\Windows\\notepad.exe', 'notepad.exe')].join('\n') + '\n');
    writeFileSync(path.join(root, 'benign', 'manifest.yml'), MANIFEST);
    writeFileSync(path.join(root, 'benign', 'events.jsonl'), [processEvent('C:\\Tools\\7z.exe', '7z.exe a backup.zip crash.dmp'), processEvent('C:\\Windows\\notepad.exe', 'notepad.exe')].join('\n') + '\n');
    const settings = { replay: { samples: [path.join(root, 'attack')], baseline: path.join(root, 'benign') } };
    client = await TestClient.start({ settings, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'replay' }] });
  });

  after(async () => {
    await client?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('answers sigma/replayRule with hits in the samples and on the baseline', async () => {
    const uri = 'file:///virtual/replay.yml';
    await client.open(uri, PROCESS_RULE);
    await client.waitForDiagnostics(uri);
    const result = (await client.connection.sendRequest(ReplayRuleRequest, { uri })) as ReplayRuleResult;
    assert.equal(result.sampleEvents, 3);
    assert.equal(result.sampleHits, 2);
    assert.equal(result.baselineEvents, 2);
    assert.equal(result.baselineHits, 1);
  });

  it('answers a rule that cannot be replayed with an error, not a crash', async () => {
    const uri = 'file:///virtual/empty-replay.yml';
    await client.open(uri, '# nothing yet\n');
    await assert.rejects(client.connection.sendRequest(ReplayRuleRequest, { uri }), /no Sigma rule/);
  });

  it('shows the replay above detection once the background run finishes, and reruns after an edit', async () => {
    const uri = 'file:///virtual/lens.yml';
    await client.open(uri, PROCESS_RULE);
    await client.waitForDiagnostics(uri);
    const lenses = (): Promise<CodeLens[] | null> => client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    let seen = client.codeLensRefreshes;
    const first = await lenses();
    assert.equal(first?.[0].range.start.line, positionOf(PROCESS_RULE, 'detection:').line);
    assert.match(first?.[0].command?.title ?? '', /^Replay: (running…|2 hits)/);
    seen = await client.waitForCodeLensRefresh(seen);
    assert.equal((await lenses())?.[0].command?.title, 'Replay: 2 hits in samples · 1 on benign baseline');
    await client.change(uri, PROCESS_RULE.replace("            - '\\7za.exe'\n", ''));
    assert.equal((await lenses())?.[0].command?.title, 'Replay: running…');
    await client.waitForCodeLensRefresh(seen);
    assert.equal((await lenses())?.[0].command?.title, 'Replay: 1 hit in samples · 1 on benign baseline');
  });
});

