import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, CompletionRequest, HoverRequest, type CodeAction, type CompletionList, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { AddTagRequest, SearchAttackRequest, type AddTagResult, type SearchAttackResult } from '../../server/src/protocol';
import { PROCESS_RULE } from './fixtures/rules';
import { buildServer, TestClient } from './support/lsp-client';
import { positionOf } from './support/positions';

/** A two-object STIX bundle in the shape of MITRE's enterprise-attack.json. */
function stixBundle(): unknown {
  const reference = (id: string) => [{ source_name: 'mitre-attack', external_id: id, url: `https://attack.mitre.org/${id}` }];
  return {
    type: 'bundle',
    id: 'bundle--1',
    objects: [
      { type: 'x-mitre-tactic', id: 'x-mitre-tactic--1', name: 'Collection', x_mitre_shortname: 'collection', description: 'The adversary is trying to gather data.', external_references: reference('TA0009') },
      { type: 'x-mitre-tactic', id: 'x-mitre-tactic--2', name: 'Execution', x_mitre_shortname: 'execution', description: 'The adversary is trying to run code.', external_references: reference('TA0002') },
      { type: 'attack-pattern', id: 'attack-pattern--1', name: 'Archive via Utility', description: 'Adversaries may use utilities to compress data.', x_mitre_is_subtechnique: true, x_mitre_platforms: ['Windows'], kill_chain_phases: [{ kill_chain_name: 'mitre-attack', phase_name: 'collection' }], external_references: reference('T1560.001') },
      { type: 'attack-pattern', id: 'attack-pattern--2', name: 'PowerShell', description: 'Adversaries may abuse PowerShell.', x_mitre_is_subtechnique: true, x_mitre_platforms: ['Windows'], kill_chain_phases: [{ kill_chain_name: 'mitre-attack', phase_name: 'execution' }], external_references: reference('T1059.001') },
    ],
  };
}

describe('language server over stdio: ATT&CK hover, completion and tagging', function () {
  let root: string;
  let client: TestClient;
  const uri = 'file:///virtual/attack.yml';

  before(async function () {
    this.timeout(60_000);
    buildServer();
    root = mkdtempSync(path.join(tmpdir(), 'sigma-attack-'));
    writeFileSync(path.join(root, 'enterprise-attack-18.1.json'), JSON.stringify(stixBundle()));
    client = await TestClient.start({ workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'attack' }], settings: { attack: { bundlePath: 'enterprise-attack-18.1.json' } } });
    await client.open(uri, PROCESS_RULE);
    await client.waitForDiagnostics(uri);
  });

  after(async () => {
    await client?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('describes a technique tag', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(PROCESS_RULE, 'attack.t1560', { offset: 8 }) });
    assert.match((hover?.contents as MarkupContent).value, /T1560\.001 Archive via Utility[\s\S]*Tactics: collection[\s\S]*Platforms: Windows/);
  });

  it('completes techniques by name in the tags list', async () => {
    const text = PROCESS_RULE.replace('    - attack.t1560.001\n', '    - attack.t1560.001\n    - powersh\n');
    await client.change(uri, text);
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, '- powersh', { offset: 9 }) })) as CompletionList;
    assert.equal(list.isIncomplete, true);
    assert.deepEqual(list.items.map((item) => item.label), ['attack.t1059.001']);
    await client.change(uri, PROCESS_RULE);
  });

  it('adds a searched tag through the refactor command and workspace/applyEdit', async () => {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })) as CodeAction[];
    const add = actions.find((action) => action.command?.command === 'sigmaWorkbench.addAttackTag');
    assert.deepEqual(add?.command?.arguments, [uri, 0]);
    const found = (await client.connection.sendRequest(SearchAttackRequest, { query: 'execution' })) as SearchAttackResult;
    assert.equal(found.items[0]?.tag, 'attack.execution');
    const result = (await client.connection.sendRequest(AddTagRequest, { uri, tag: found.items[0].tag })) as AddTagResult;
    assert.equal(result.applied, true);
    assert.match(client.text(uri), / {4}- attack.t1560.001\n {4}- attack.execution\nlogsource:/);
  });
});
