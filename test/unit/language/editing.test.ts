import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { codeActionsFor } from '../../../server/src/core/language/code-actions';
import { formatDocument } from '../../../server/src/core/language/format-document';
import { isSigmaText } from '../../../server/src/core/language/is-sigma-text';
import { sortTopLevelKeys } from '../../../server/src/core/language/key-order';
import { prepareRenameSelection, renameSelection } from '../../../server/src/core/language/rename-selection';
import { addTagEdit, insertIdEdit } from '../../../server/src/core/language/rule-edits';
import { applyEdits, minimalEdit } from '../../../server/src/core/language/text-edits';
import { analyze, at, RULE } from './support';

describe('isSigmaText', () => {
  it('recognizes rules by their first line or by detection with logsource, and nothing else', () => {
    assert.equal(isSigmaText('title: x\n'), true);
    assert.equal(isSigmaText('\uFEFFtitle: x\n'), true);
    assert.equal(isSigmaText('# comment\nlogsource:\n  product: x\ndetection:\n  a: b\n'), true);
    assert.equal(isSigmaText('name: ci\non: push\njobs: {}\n'), false);
    assert.equal(isSigmaText('detection: only\n'), false);
  });
});

describe('renameSelection', () => {
  it('renames the key and every condition reference, including quoted keys', () => {
    const text = RULE.replace('    filter:', "    'filter':");
    const input = { ...analyze(text), position: at(text, 'not filter', { offset: 5 }) };
    assert.deepEqual(prepareRenameSelection(input)?.name, 'filter');
    const result = renameSelection({ ...input, newName: 'filter_system' });
    assert.ok('edits' in result);
    const renamed = applyEdits(text, result.edits);
    assert.match(renamed, / {4}'filter_system':\n/);
    assert.match(renamed, /and not filter_system\n/);
  });

  it('refuses invalid names, keywords and existing selections', () => {
    const input = { ...analyze(RULE), position: at(RULE, 'filter:', { offset: 1 }) };
    for (const newName of ['has space', 'and', '12', 'selection_a']) assert.ok('error' in renameSelection({ ...input, newName }), newName);
  });
});

describe('sortTopLevelKeys', () => {
  it('moves whole blocks with their comments and leaves sorted text alone', () => {
    const text = 'level: low\n# about the title\ntitle: x\ndetection:\n    a: b  # keep\n    condition: a\nlogsource:\n    product: windows';
    const sorted = applyEdits(text, sortTopLevelKeys(text));
    assert.equal(sorted, '# about the title\ntitle: x\nlogsource:\n    product: windows\ndetection:\n    a: b  # keep\n    condition: a\nlevel: low\n');
    assert.deepEqual(sortTopLevelKeys(RULE), []);
  });

  it('sorts each document of a multi-document file separately', () => {
    const text = 'level: low\ntitle: a\n---\nlevel: high\ntitle: b\n';
    assert.equal(applyEdits(text, sortTopLevelKeys(text)), 'title: a\nlevel: low\n---\ntitle: b\nlevel: high\n');
  });
});

describe('formatDocument', () => {
  it('normalizes indentation and key order, keeps comments, and leaves broken YAML alone', () => {
    const text = 'level: low  # lvl\ntitle: t\ndetection:\n  sel:\n    A:\n    - x\n  condition: sel\n';
    const formatted = applyEdits(text, formatDocument(text, { tabSize: 4 }));
    assert.equal(formatted, 'title: t\ndetection:\n    sel:\n        A:\n            - x\n    condition: sel\nlevel: low # lvl\n');
    assert.deepEqual(parse(formatted), parse(text));
    assert.deepEqual(formatDocument('title: [unclosed\n', { tabSize: 4 }), []);
  });

  it('keeps CRLF line endings and touches only what changes', () => {
    const text = 'title: t\r\nlogsource:\r\n  product: p\r\n';
    const edits = formatDocument(text, { tabSize: 4 });
    assert.equal(applyEdits(text, edits), 'title: t\r\nlogsource:\r\n    product: p\r\n');
    assert.equal(edits[0].range.start.line, 2);
  });
});

describe('rule edits', () => {
  it('inserts an id after the title, even at the end of a file without a newline', () => {
    const { text, file, lines } = analyze('title: only');
    assert.equal(applyEdits(text, [insertIdEdit({ text, lines, rule: file.rules[0], id: 'x' })]), 'title: only\nid: x\n');
    const rule = analyze(RULE);
    assert.match(applyEdits(RULE, [insertIdEdit({ ...rule, rule: rule.file.rules[0], id: 'y' })]), /^title: Test rule\nid: y\nstatus: test\n/);
  });

  it('adds a tag to block and flow lists, creates the list in SigmaHQ position, and skips duplicates', () => {
    const rule = analyze(RULE);
    const edit = addTagEdit({ ...rule, rule: rule.file.rules[0], tag: 'attack.t1059' });
    assert.match(applyEdits(RULE, edit ? [edit] : []), / {4}- attack.execution\n {4}- attack.t1059\nlogsource:/);
    assert.equal(addTagEdit({ ...rule, rule: rule.file.rules[0], tag: 'attack.execution' }), undefined);
    const flow = analyze('title: x\ntags: [a]\n');
    assert.equal(applyEdits(flow.text, [addTagEdit({ ...flow, rule: flow.file.rules[0], tag: 'b' })!]), 'title: x\ntags: [a, b]\n');
    const none = analyze('title: x\nlogsource:\n    product: y\n');
    assert.equal(applyEdits(none.text, [addTagEdit({ ...none, rule: none.file.rules[0], tag: 'b' })!]), 'title: x\ntags:\n    - b\nlogsource:\n    product: y\n');
  });
});

describe('codeActionsFor', () => {
  it('turns diagnostic fixes into quick fixes and offers id, sort and commands', () => {
    const text = RULE.replace('status: test\n', '').replace('level: low\n', 'level: low\nstatus: test\n');
    const { file, lines } = analyze(text);
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } };
    const diagnostic = { code: 'x', severity: 'warning' as const, message: 'm', range, fixes: [{ title: 'Fix x', edits: [{ range, newText: 'y' }] }] };
    const actions = codeActionsFor({ text, file, lines, range, diagnostics: [diagnostic], uri: 'u', newId: () => 'id-1', capabilities: { addAttackTag: true, replayRule: true } });
    assert.deepEqual(actions.map((action) => [action.title, action.kind]), [
      ['Fix x', 'quickfix'],
      ['Generate the missing rule id (UUID)', 'quickfix'],
      ['Fix all safe Sigma findings (1)', 'source.fixAll'],
      ['Sort top-level keys in SigmaHQ order', 'refactor.rewrite'],
      ['Add an ATT&CK tag…', 'refactor'],
      ['Replay this rule against the samples', 'refactor'],
    ]);
    assert.deepEqual(actions.find((action) => action.kind === 'refactor' && action.title.startsWith('Replay'))?.command?.arguments, ['u', 0]);
  });

  it('fixes every single-fix diagnostic at once, skipping overlapping edits', () => {
    const { text, file, lines } = analyze(RULE);
    const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 2 } });
    const diagnostic = (line: number, fixes: number) => ({ code: 'x', severity: 'warning' as const, message: 'm', range: at(line), fixes: Array.from({ length: fixes }, (_, i) => ({ title: `fix ${line}.${i}`, edits: [{ range: at(line), newText: 'zz' }] })) });
    const diagnostics = [diagnostic(1, 1), diagnostic(1, 1), diagnostic(2, 1), diagnostic(3, 2)];
    const actions = codeActionsFor({ text, file, lines, range: at(0), diagnostics, uri: 'u', newId: () => 'id', capabilities: { addAttackTag: false, replayRule: false } });
    const fixAll = actions.find((action) => action.kind === 'source.fixAll');
    assert.equal(fixAll?.title, 'Fix all safe Sigma findings (2)');
    assert.deepEqual(fixAll?.edits?.map((edit) => edit.range.start.line), [1, 2]);
  });
});

describe('minimalEdit', () => {
  it('keeps the common prefix and suffix and never splits a surrogate pair', () => {
    assert.deepEqual(minimalEdit('abc', 'abc'), []);
    const edits = minimalEdit('a😀b', 'a😃b');
    assert.equal(applyEdits('a😀b', edits), 'a😃b');
    assert.equal(edits[0].newText, '😃');
  });
});
