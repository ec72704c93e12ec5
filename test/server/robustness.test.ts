import assert from 'node:assert/strict';
import { CompletionRequest, DocumentFormattingRequest, DocumentSymbolRequest, HoverRequest, SemanticTokensRequest, type Position } from 'vscode-languageserver-protocol/node';
import { PROCESS_RULE } from './fixtures/rules';
import { TestClient, useServer, withTimeout } from './support/lsp-client';
import { positionOf } from './support/positions';

/** A request that must be answered quickly even right after a hostile document. */
const ANSWER_WITHIN_MS = 3000;

describe('language server over stdio: broken input never crashes or stalls it', function () {
  let client: TestClient;
  let counter = 0;
  const nextUri = (): string => `file:///virtual/broken-${++counter}.yml`;

  useServer((started) => (client = started));

  const hoverSoon = (uri: string, position: Position) =>
    withTimeout(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), ANSWER_WITHIN_MS, 'hover');

  it('survives every prefix of a rule typed character group by character group', async () => {
    const uri = nextUri();
    await client.open(uri, '');
    for (let end = 0; end <= PROCESS_RULE.length; end += 7) {
      const text = PROCESS_RULE.slice(0, end);
      await client.change(uri, text);
      const position = positionOf(text + '\u0000', '\u0000');
      await withTimeout(client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }), ANSWER_WITHIN_MS, `completion at ${end}`);
    }
    const version = await client.change(uri, PROCESS_RULE);
    await client.waitForVersion(uri, version);
    assert.match(JSON.stringify(await hoverSoon(uri, positionOf(PROCESS_RULE, 'filter_main', { occurrence: 1 }))), /ParentImage/);
  });

  it('answers a hover right after a 5 MB file', async function () {
    this.timeout(30_000);
    const uri = nextUri();
    const line = "            - 'C:\\\\Windows\\\\System32\\\\some-long-file-name-to-fill-space.exe'\n";
    const text = PROCESS_RULE.replace('    filter_main:', `    selection_big:\n        Image|endswith:\n${line.repeat(Math.ceil((5 * 1024 * 1024) / line.length))}    filter_main:`);
    assert.ok(text.length > 5 * 1024 * 1024);
    await client.open(uri, text);
    await hoverSoon(uri, positionOf(text, 'status'));
    const diagnostics = await client.waitForDiagnostics(uri, () => true, 20_000);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'file-too-large'), JSON.stringify(diagnostics.slice(0, 3)));
    await withTimeout(client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), ANSWER_WITHIN_MS, 'symbols');
    await withTimeout(client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, 'level: ') }), ANSWER_WITHIN_MS, 'completion');
    assert.ok(client.isRunning);
  });

  it('answers right after a YAML bomb (billion laughs)', async () => {
    const uri = nextUri();
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const previous = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const text = `title: bomb\nlogsource:\n    product: windows\ndetection:\n    ${levels.join('\n    ')}\n    condition: j\nlevel: low\n`;
    await client.open(uri, text);
    const diagnostics = await client.waitForDiagnostics(uri);
    assert.ok(diagnostics.length > 0);
    await hoverSoon(uri, positionOf(text, 'condition'));
    await withTimeout(client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }), ANSWER_WITHIN_MS, 'formatting');
    await withTimeout(client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }), ANSWER_WITHIN_MS, 'semantic tokens');
    assert.ok(client.isRunning);
  });

  it('answers after random bytes, deep nesting and an unterminated quote', async () => {
    const samples = ['title: x\n' + '['.repeat(5000), 'title: "unterminated\ndetection:\n  a: b', 'title: x\n\u0000\u0001\uFFFF\uD800 detection: [}', 'title: x\ndetection:\n    condition: ' + '('.repeat(3000) + 'a' + ')'.repeat(3000)];
    for (const text of samples) {
      const uri = nextUri();
      await client.open(uri, text);
      await client.waitForDiagnostics(uri);
      await hoverSoon(uri, { line: 0, character: 2 });
    }
    assert.ok(client.isRunning);
  });
});

describe('language server over stdio: a failing handler is contained', function () {
  let client: TestClient;

  useServer((started) => (client = started), { env: { SIGMA_WORKBENCH_FAIL_HANDLERS: 'hover' } });

  it('logs the failure and keeps the other features working', async () => {
    const uri = 'file:///virtual/contained.yml';
    await client.open(uri, PROCESS_RULE);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(PROCESS_RULE, 'filter_main') });
    assert.equal(hover, null);
    assert.ok(client.logs.some((message) => /hover failed/.test(message)), client.logs.join('\n'));
    const completion = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(PROCESS_RULE, 'status: test', { offset: 8 }) });
    assert.ok(completion && 'items' in completion && completion.items.length > 0);
    await client.waitForDiagnostics(uri);
  });
});
