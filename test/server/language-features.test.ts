import assert from 'node:assert/strict';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRequest,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Hover,
  type Location,
  type MarkupContent,
  type Position,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { parse } from 'yaml';
import { parseRule } from '../../server/src/core/sigma/parse-rule';
import { validateFile } from '../../server/src/core/validate/validate-file';
import { BROKEN_CONDITION_RULE, PROCESS_RULE, UNICODE_RULE } from './fixtures/rules';
import { TestClient, useServer } from './support/lsp-client';
import { positionOf, textAt } from './support/positions';

describe('language server over stdio: editing features', function () {
  let client: TestClient;
  let counter = 0;
  const nextUri = (): string => `file:///virtual/rule-${++counter}.yml`;

  useServer((started) => (client = started));

  async function openRule(text: string, languageId = 'sigma'): Promise<string> {
    const uri = nextUri();
    await client.open(uri, text, languageId);
    await client.waitForDiagnostics(uri);
    return uri;
  }

  const hover = (uri: string, position: Position) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }) as Promise<Hover | null>;
  const hoverText = async (uri: string, position: Position): Promise<string> => ((await hover(uri, position))?.contents as MarkupContent | undefined)?.value ?? '';
  const complete = async (uri: string, position: Position): Promise<CompletionItem[]> => {
    const result = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionList | null;
    return result?.items ?? [];
  };
  const labels = (items: CompletionItem[]): string[] => items.map((item) => item.label);

  it('advertises every feature it implements', () => {
    const capabilities = client.initializeResult?.capabilities;
    assert.equal(client.initializeResult?.serverInfo?.name, 'sigma-workbench');
    for (const key of ['hoverProvider', 'completionProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'semanticTokensProvider', 'documentFormattingProvider', 'codeActionProvider', 'codeLensProvider'] as const) {
      assert.ok(capabilities?.[key], key);
    }
    assert.ok(capabilities?.completionProvider?.triggerCharacters?.includes('|'));
  });

  describe('diagnostics', () => {
    it('publishes an unknown selection in the condition with the range of the name', async () => {
      const uri = nextUri();
      await client.open(uri, BROKEN_CONDITION_RULE);
      const diagnostics = await client.waitForDiagnostics(uri);
      const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-selection');
      assert.ok(unknown, JSON.stringify(diagnostics));
      assert.equal(textAt(BROKEN_CONDITION_RULE, unknown.range), 'filtr');
    });

    it('reports UTF-16 columns after emoji and CJK text on the same line', async () => {
      const uri = nextUri();
      await client.open(uri, UNICODE_RULE);
      const diagnostics = await client.waitForDiagnostics(uri);
      const modifier = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-modifier');
      assert.ok(modifier, JSON.stringify(diagnostics));
      assert.deepEqual(modifier.range.start, positionOf(UNICODE_RULE, 'contians'));
      assert.equal(textAt(UNICODE_RULE, modifier.range), 'contians');
      const syntax = diagnostics.find((diagnostic) => diagnostic.code === 'condition-syntax');
      assert.ok(syntax, JSON.stringify(diagnostics));
      assert.equal(textAt(UNICODE_RULE, syntax.range), '😀', 'the range covers both UTF-16 units of the emoji');
      assert.match(await hoverText(uri, positionOf(UNICODE_RULE, 'endswith', { offset: 2 })), /Modifier.*endswith/);
      const inCondition = positionOf(UNICODE_RULE, '- 選択\n', { offset: 3 });
      const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: inCondition })) as Location;
      assert.deepEqual(definition.range.start, positionOf(UNICODE_RULE, '選択:'));
    });

    it('publishes new diagnostics for each version as the user types, and clears fixed ones', async () => {
      const uri = nextUri();
      await client.open(uri, BROKEN_CONDITION_RULE);
      await client.waitForDiagnostics(uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'unknown-selection'));
      const version = await client.change(uri, BROKEN_CONDITION_RULE.replace('not filtr', 'not selection'));
      const diagnostics = await client.waitForVersion(uri, version);
      assert.ok(!diagnostics.some((diagnostic) => diagnostic.code === 'unknown-selection'), JSON.stringify(diagnostics));
    });

    it('never lints YAML that is not a Sigma rule', async () => {
      const uri = nextUri();
      const text = 'name: build\non:\n  push: {}\njobs:\n  test: [1, 2\n';
      await client.open(uri, text, 'yaml');
      assert.deepEqual(await client.waitForDiagnostics(uri), []);
      assert.equal(await hover(uri, positionOf(text, 'jobs')), null);
    });
  });

  describe('hover', () => {
    it('shows the selection a condition name refers to', async () => {
      const uri = await openRule(PROCESS_RULE);
      const text = await hoverText(uri, positionOf(PROCESS_RULE, 'filter_main', { occurrence: 1, offset: 3 }));
      assert.match(text, /Selection/);
      assert.match(text, /ParentImage\|startswith/);
    });

    it('explains modifiers, condition keywords, status values and top-level keys', async () => {
      const uri = await openRule(PROCESS_RULE);
      assert.match(await hoverText(uri, positionOf(PROCESS_RULE, '|all', { offset: 2 })), /Links the values of a list with AND/);
      assert.match(await hoverText(uri, positionOf(PROCESS_RULE, 'and not', { offset: 5 })), /Negates/);
      assert.match(await hoverText(uri, positionOf(PROCESS_RULE, 'status: test', { offset: 9 })), /test/);
      assert.match(await hoverText(uri, positionOf(PROCESS_RULE, 'falsepositives')), /legitimate activity/i);
    });

    it('lists the selections a 1 of / all of pattern covers', async () => {
      const uri = await openRule(PROCESS_RULE);
      const text = await hoverText(uri, positionOf(PROCESS_RULE, 'selection_*', { offset: 3 }));
      assert.match(text, /selection_img/);
      assert.match(text, /selection_cli/);
      assert.doesNotMatch(text, /filter_main/);
    });

    it('describes fields of the rule\'s logsource from the bundled taxonomy', async () => {
      const uri = await openRule(PROCESS_RULE);
      const text = await hoverText(uri, positionOf(PROCESS_RULE, 'CommandLine', { offset: 2 }));
      assert.match(text, /Field.*CommandLine/);
    });
  });

  describe('completion', () => {
    it('offers missing top-level keys in SigmaHQ order', async () => {
      const text = PROCESS_RULE.replace('level: medium\n', 'level: medium\n\n');
      const uri = await openRule(text);
      const items = await complete(uri, positionOf(text, 'level: medium\n', { offset: 'level: medium\n'.length }));
      const names = labels(items);
      assert.ok(names.includes('id') && names.includes('references'), names.join(','));
      assert.ok(!names.includes('title'), 'keys already present are not offered');
      const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((item) => item.label);
      assert.ok(sorted.indexOf('id') < sorted.indexOf('references'));
    });

    it('offers modifiers after |, replacing only the typed modifier', async () => {
      const text = PROCESS_RULE.replace("        ParentImage|startswith: 'C:\\Program Files\\'", '        ParentImage|sta');
      const uri = await openRule(text);
      const items = await complete(uri, positionOf(text, 'ParentImage|sta', { offset: 'ParentImage|sta'.length }));
      const startswith = items.find((item) => item.label === 'startswith');
      assert.ok(startswith, labels(items).join(','));
      const edit = startswith.textEdit as TextEdit;
      assert.equal(textAt(text, edit.range), 'sta');
    });

    it('offers status and level values', async () => {
      const text = PROCESS_RULE.replace('status: test', 'status: ');
      const uri = await openRule(text);
      const names = labels(await complete(uri, positionOf(text, 'status: ', { offset: 8 })));
      assert.deepEqual(names, ['stable', 'test', 'experimental', 'deprecated', 'unsupported']);
    });

    it('offers selection names, patterns and keywords inside the condition', async () => {
      const uri = await openRule(PROCESS_RULE);
      const names = labels(await complete(uri, positionOf(PROCESS_RULE, 'not filter_main', { offset: 4 })));
      for (const expected of ['selection_img', 'selection_cli', 'filter_main', 'selection_*', 'not', '1 of']) assert.ok(names.includes(expected), `${expected} in ${names.join(',')}`);
    });

    it('offers field names of the logsource in a selection', async () => {
      const text = PROCESS_RULE.replace("        ParentImage|startswith: 'C:\\Program Files\\'", '        Par');
      const uri = await openRule(text);
      const names = labels(await complete(uri, positionOf(text, '        Par', { offset: 11 })));
      assert.ok(names.includes('ParentImage') && names.includes('CommandLine'), names.slice(0, 20).join(','));
    });

    it('offers a new-rule snippet in an empty file', async () => {
      const uri = nextUri();
      await client.open(uri, '');
      const items = await complete(uri, { line: 0, character: 0 });
      assert.equal(items[0]?.label, 'New Sigma rule');
    });
  });

  describe('navigation and rename', () => {
    it('goes from a condition name to its selection and finds every reference', async () => {
      const uri = await openRule(PROCESS_RULE);
      const inCondition = positionOf(PROCESS_RULE, 'filter_main', { occurrence: 1, offset: 1 });
      const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: inCondition })) as Location;
      assert.deepEqual(definition.range.start, positionOf(PROCESS_RULE, 'filter_main:'));
      const references = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: inCondition, context: { includeDeclaration: true } })) as Location[];
      assert.deepEqual(references.map((location) => textAt(PROCESS_RULE, location.range)), ['filter_main', 'filter_main']);
    });

    it('goes from a 1 of pattern to every selection it covers', async () => {
      const uri = await openRule(PROCESS_RULE);
      const locations = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(PROCESS_RULE, 'selection_*', { offset: 2 }) })) as Location[];
      assert.deepEqual(locations.map((location) => textAt(PROCESS_RULE, location.range)), ['selection_img', 'selection_cli']);
    });

    it('renames a selection in the detection and in the condition', async () => {
      const uri = await openRule(PROCESS_RULE);
      const position = positionOf(PROCESS_RULE, 'filter_main:', { offset: 2 });
      const prepared = (await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position })) as { range: { start: Position } } | null;
      assert.deepEqual(prepared?.range.start, positionOf(PROCESS_RULE, 'filter_main:'));
      const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'filter_backup' });
      const renamed = await client.applyEdits(uri, edit?.changes?.[uri] ?? []);
      assert.ok(renamed.includes('    filter_backup:\n'));
      assert.ok(renamed.includes('condition: all of selection_* and not filter_backup'));
      assert.ok(!renamed.includes('filter_main'));
    });

    it('refuses a rename to a name that already exists', async () => {
      const uri = await openRule(PROCESS_RULE);
      const position = positionOf(PROCESS_RULE, 'filter_main:', { offset: 2 });
      await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'selection_img' }), /already exists/);
    });
  });

  describe('outline, folding, semantic tokens', () => {
    it('lists the rule, its keys and its selections', async () => {
      const uri = await openRule(PROCESS_RULE);
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      assert.equal(symbols[0].name, 'Suspicious 7-Zip Dump Compression');
      const detection = symbols[0].children?.find((child) => child.name === 'detection');
      assert.deepEqual(detection?.children?.map((child) => child.name), ['selection_img', 'selection_cli', 'filter_main', 'condition']);
      const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
      assert.ok(folds?.some((fold) => fold.startLine === positionOf(PROCESS_RULE, 'selection_img:').line));
    });

    it('marks modifiers, condition keywords and wildcards', async () => {
      const uri = await openRule(PROCESS_RULE);
      const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
      const decoded = decodeTokens(tokens?.data ?? []);
      const texts = decoded.map((token) => PROCESS_RULE.split('\n')[token.line].slice(token.character, token.character + token.length));
      for (const expected of ['endswith', 'contains', 'all', 'not', 'filter_main', '*']) assert.ok(texts.includes(expected), `${expected} in ${texts.join(' ')}`);
    });
  });

  describe('code actions and formatting', () => {
    it('generates a missing id as a quick fix and applies it', async () => {
      const uri = await openRule(PROCESS_RULE);
      const diagnostics = client.publishedDiagnostics().get(uri)?.diagnostics ?? [];
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, context: { diagnostics } })) as CodeAction[];
      const generate = actions.find((action) => /id/i.test(action.title) && action.kind === 'quickfix');
      assert.ok(generate?.edit, actions.map((action) => action.title).join(' | '));
      const fixed = await client.applyEdits(uri, generate.edit.changes?.[uri] ?? []);
      assert.match(fixed.split('\n')[1], /^id: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const after = await client.waitForDiagnostics(uri, (params) => params.version === client.document(uri).version);
      assert.ok(!after.some((diagnostic) => diagnostic.code === 'missing-id'), JSON.stringify(after));
    });

    it('offers a quick fix for every diagnostic that carries one', async () => {
      const text = PROCESS_RULE.replace('status: test', 'status: Test').replace('    - attack.collection\n', '    - attack.collection\n    - attack.collection\n');
      const expected = validateFile(text, parseRule(text), { path: '/virtual/rule.yml' }).filter((diagnostic) => diagnostic.fixes?.length);
      assert.ok(expected.length >= 2, `the fixture should trigger fixable findings: ${expected.map((diagnostic) => diagnostic.code).join(',')}`);
      const uri = await openRule(text);
      const diagnostics = await client.waitForDiagnostics(uri);
      const wholeFile = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: wholeFile, context: { diagnostics, only: ['quickfix'] } })) as CodeAction[];
      const titles = actions.map((action) => action.title);
      for (const diagnostic of expected) for (const fix of diagnostic.fixes ?? []) assert.ok(titles.includes(fix.title), `${fix.title} in ${titles.join(' | ')}`);
      for (const action of actions) assert.ok(action.edit?.changes?.[uri]?.length, action.title);
      const statusFix = actions.find((action) => action.diagnostics?.some((diagnostic) => textAt(text, diagnostic.range) === 'Test'));
      if (statusFix?.edit) assert.match(await client.applyEdits(uri, statusFix.edit.changes?.[uri] ?? []), /^status: test$/m);
    });

    it('fixes all safe findings at once as a source.fixAll action', async () => {
      const text = PROCESS_RULE.replace('status: test', 'status: Test').replace('    - attack.collection\n', '    - attack.collection\n    - attack.collection\n');
      const fixable = validateFile(text, parseRule(text), { path: '/virtual/rule.yml' }).filter((diagnostic) => diagnostic.fixes?.length === 1);
      const uri = await openRule(text);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
      assert.equal(actions.length, 1, actions.map((action) => action.title).join(' | '));
      const fixed = await client.applyEdits(uri, actions[0].edit?.changes?.[uri] ?? []);
      const after = validateFile(fixed, parseRule(fixed), { path: '/virtual/rule.yml' }).map((diagnostic) => diagnostic.code);
      for (const diagnostic of fixable) assert.ok(!after.includes(diagnostic.code), `${diagnostic.code} is fixed: ${after.join(',')}`);
    });

    it('sorts top-level keys in SigmaHQ order without touching comments', async () => {
      const text = PROCESS_RULE.replace('level: medium\n', '').replace('status: test\n', 'status: test\nlevel: medium\n');
      const uri = await openRule(text);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })) as CodeAction[];
      const sort = actions.find((action) => action.kind === 'refactor.rewrite');
      assert.ok(sort?.edit, actions.map((action) => action.title).join(' | '));
      const sorted = await client.applyEdits(uri, sort.edit.changes?.[uri] ?? []);
      assert.equal(sorted, PROCESS_RULE);
    });

    it('formats indentation and key order, keeping comments and values', async () => {
      const messy = 'level: medium\n# keep me\ntitle: Messy rule\nlogsource:\n  product: windows\n  category: process_creation\ndetection:\n  selection:\n    Image|endswith:\n    - \'\\\\a.exe\'   # trailing\n  condition: selection\n';
      const uri = await openRule(messy);
      const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
      const formatted = await client.applyEdits(uri, edits ?? []);
      assert.ok(formatted.startsWith('# keep me\ntitle: Messy rule\n'), formatted);
      assert.ok(formatted.includes('# trailing'));
      assert.ok(formatted.includes('\n    selection:\n        Image|endswith:\n            - '), formatted);
      assert.deepEqual(parse(formatted), parse(messy));
    });
  });
});

/** Decodes the LSP relative token encoding into absolute line/character/length. */
function decodeTokens(data: number[]): { line: number; character: number; length: number; type: number }[] {
  const tokens: { line: number; character: number; length: number; type: number }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length + 1; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    tokens.push({ line, character, length: data[i + 2], type: data[i + 3] });
  }
  return tokens;
}
