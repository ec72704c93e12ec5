import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, DefinitionRequest, type CompletionList, type Location } from 'vscode-languageserver-protocol/node';
import { IndexStatusNotification, type IndexStatusParams } from '../../server/src/protocol';
import { buildServer, TestClient } from './support/lsp-client';
import { positionOf } from './support/positions';

const SHARED_ID = '6e3f2c1a-9b8d-4e7f-a6c5-b4d3e2f1a0b9';

const NO_TITLE = 'detection:\n    selection:\n        a: b\n    condition: selection and nope\n';

function rule(title: string, id: string, field: string): string {
  return `title: ${title}\nid: ${id}\nname: ${title.toLowerCase().replace(/\W+/g, '_')}\nstatus: test\nlogsource:\n    product: acme_firewall\n    service: audit\ndetection:\n    selection:\n        ${field}: deny\n    condition: selection\nlevel: low\n`;
}

describe('language server over stdio: workspace rule folders', function () {
  let root: string;
  let client: TestClient;
  const uriOf = (...parts: string[]): string => pathToFileURL(path.join(root, ...parts)).href;

  before(async function () {
    this.timeout(60_000);
    buildServer();
    root = mkdtempSync(path.join(tmpdir(), 'sigma-workspace-'));
    mkdirSync(path.join(root, 'rules', 'network'), { recursive: true });
    mkdirSync(path.join(root, 'rules-extra'));
    mkdirSync(path.join(root, 'config'));
    writeFileSync(path.join(root, 'rules', 'network', 'a.yml'), rule('Rule A', SHARED_ID, 'AcmeAction'));
    writeFileSync(path.join(root, 'rules-extra', 'b.yml'), rule('Rule B', SHARED_ID, 'AcmeVerdict'));
    writeFileSync(path.join(root, 'rules', 'no-title.yml'), 'detection:\n    selection:\n        a: b\n    condition: selection and nope\n');
    writeFileSync(path.join(root, 'config', 'no-title.yml'), 'detection:\n    selection:\n        a: b\n    condition: selection and nope\n');
    client = await TestClient.start({ workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }], settings: { rules: { folders: ['rules*'] } } });
    // Opened before the rule folders are resolved: it must still end up linted as Sigma.
    await client.open(uriOf('rules', 'early.yml'), NO_TITLE, 'yaml');
  });

  after(async () => {
    await client?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('indexes the rule folders and publishes cross-file duplicate ids for files that are not open', async () => {
    const done = (await client.waitForNotification(IndexStatusNotification, (params) => (params as IndexStatusParams).state === 'done')) as IndexStatusParams;
    assert.equal(done.files, 3);
    const a = await client.waitForDiagnostics(uriOf('rules', 'network', 'a.yml'));
    const b = await client.waitForDiagnostics(uriOf('rules-extra', 'b.yml'));
    assert.ok(a.some((diagnostic) => diagnostic.code === 'duplicate-id' && String(diagnostic.message).includes('b.yml')), JSON.stringify(a));
    assert.ok(b.some((diagnostic) => diagnostic.code === 'duplicate-id'), JSON.stringify(b));
  });

  it('reports an open, unsaved rule whose id another workspace file uses', async () => {
    const uri = uriOf('rules', 'unsaved.yml');
    await client.open(uri, rule('Rule C', SHARED_ID, 'AcmeAction'));
    const diagnostics = await client.waitForDiagnostics(uri);
    const duplicate = diagnostics.find((diagnostic) => diagnostic.code === 'duplicate-id');
    assert.ok(duplicate && /a\.yml/.test(String(duplicate.message)) && /b\.yml/.test(String(duplicate.message)), JSON.stringify(diagnostics));
  });

  it('lints a YAML file opened before the index was ready once its rule folder is known', async () => {
    const diagnostics = await client.waitForDiagnostics(uriOf('rules', 'early.yml'), (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'unknown-selection'));
    assert.ok(diagnostics.length > 0);
  });

  it('lints YAML in a rule folder as Sigma, and the same YAML elsewhere not at all', async () => {
    const text = NO_TITLE;
    await client.open(uriOf('rules', 'no-title.yml'), text, 'yaml');
    await client.open(uriOf('config', 'no-title.yml'), text, 'yaml');
    const inFolder = await client.waitForDiagnostics(uriOf('rules', 'no-title.yml'), (params) => params.version === 1);
    assert.ok(inFolder.some((diagnostic) => diagnostic.code === 'unknown-selection'), JSON.stringify(inFolder));
    assert.deepEqual(await client.waitForDiagnostics(uriOf('config', 'no-title.yml')), []);
  });

  it('goes from a correlation\'s rule reference to the rule file that declares the name', async () => {
    const uri = uriOf('rules', 'correlation.yml');
    const text = 'title: Many denies\nid: 0f1e2d3c-4b5a-4697-8877-665544332211\ncorrelation:\n    type: event_count\n    rules:\n        - rule_a\n    group-by:\n        - User\n    timespan: 5m\n    condition:\n        gte: 10\nlevel: low\n';
    await client.open(uri, text);
    await client.waitForDiagnostics(uri);
    const locations = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'rule_a', { offset: 2 }) })) as Location[];
    assert.deepEqual(locations.map((location) => [location.uri, location.range.start.line]), [[uriOf('rules', 'network', 'a.yml'), 2]]);
  });

  it('completes logsource values and fields the workspace rules use', async () => {
    const uri = uriOf('rules', 'new.yml');
    const text = 'title: New\nlogsource:\n    product: acme\n    service: audit\ndetection:\n    selection:\n        Acme\n    condition: selection\n';
    await client.open(uri, text);
    const complete = async (position: { line: number; character: number }): Promise<string[]> =>
      (((await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionList | null)?.items ?? []).map((item) => item.label);
    assert.ok((await complete(positionOf(text, 'acme', { offset: 4 }))).includes('acme_firewall'));
    const fixed = text.replace('product: acme\n', 'product: acme_firewall\n');
    await client.change(uri, fixed);
    const fields = await complete(positionOf(fixed, '        Acme', { offset: 12 }));
    assert.ok(fields.includes('AcmeAction') && fields.includes('AcmeVerdict'), fields.join(','));
  });
});
