import assert from 'node:assert/strict';
import { documentSymbols, foldingSpans } from '../../../server/src/core/language/document-symbols';
import { selectionReferences, selectionTargetAt } from '../../../server/src/core/language/selection-references';
import { SEMANTIC_TOKEN_KINDS, semanticTokens } from '../../../server/src/core/language/semantic-tokens';
import { extractFileFacts, WorkspaceStats } from '../../../server/src/core/language/workspace-stats';
import { parseRule } from '../../../server/src/core/sigma/parse-rule';
import { analyze, at, RULE } from './support';

describe('documentSymbols and foldingSpans', () => {
  it('outlines each rule with its keys and selections, and folds multi-line parts', () => {
    const { file } = analyze(RULE);
    const [rule] = documentSymbols(file);
    assert.equal(rule.name, 'Test rule');
    assert.deepEqual(rule.children.find((child) => child.name === 'detection')?.children.map((child) => child.name), ['selection_a', 'selection_b', 'filter', 'condition']);
    const spans = foldingSpans(file);
    assert.ok(spans.some((span) => span.startLine === at(RULE, 'selection_b:').line && span.endLine === at(RULE, "OriginalFileName").line));
  });
});

describe('selection references', () => {
  it('goes from the condition to the declaration and back', () => {
    const { file } = analyze(RULE);
    const target = selectionTargetAt(file, at(RULE, 'not filter', { offset: 6 }));
    assert.equal(target?.selection?.nameRange.start.line, at(RULE, 'filter:').line);
    assert.equal(target && selectionReferences(target, { includeDeclaration: true }).length, 2);
  });
});

describe('semanticTokens', () => {
  it('marks modifiers, condition words, wildcards and escapes, in position order', () => {
    const { text, file, lines } = analyze(RULE);
    const tokens = semanticTokens(file, text, lines);
    const described = tokens.map((token) => `${SEMANTIC_TOKEN_KINDS.indexOf(token.kind) >= 0 ? token.kind : '?'}:${text.split('\n')[token.line].slice(token.character, token.character + token.length)}`);
    for (const expected of ['function:endswith', 'function:contains', 'operator:*', 'keyword:of', 'keyword:and', 'keyword:not', 'variable:filter', 'number:1']) assert.ok(described.includes(expected), `${expected} in ${described.join(' ')}`);
    const escaped = analyze("title: x\ndetection:\n    s:\n        A: 'a\\*b*'\n    condition: s\n");
    const escapedTokens = semanticTokens(escaped.file, escaped.text, escaped.lines).map((token) => `${token.kind}:${token.length}`);
    assert.deepEqual(escapedTokens.slice(0, 2), ['regexp:2', 'operator:1']);
    const sorted = [...tokens].sort((a, b) => a.line - b.line || a.character - b.character);
    assert.deepEqual(tokens, sorted);
  });
});

describe('WorkspaceStats', () => {
  it('tracks ids across files and forgets a file when it is replaced or deleted', () => {
    const stats = new WorkspaceStats();
    const rule = (id: string) => parseRule(`title: x\nid: ${id}\nlogsource:\n    product: p\ndetection:\n    s:\n        F: 1\n    condition: s\n`);
    stats.set('/a.yml', extractFileFacts(rule('one')));
    stats.set('/b.yml', extractFileFacts(rule('one')));
    assert.equal(stats.workspaceFacts().ruleIds.get('one')?.length, 2);
    stats.set('/b.yml', extractFileFacts(rule('two')));
    assert.equal(stats.workspaceFacts().ruleIds.get('one')?.length, 1);
    stats.delete('/a.yml');
    assert.equal(stats.workspaceFacts().ruleIds.has('one'), false);
    assert.deepEqual(stats.languageData().fieldsFor({ product: 'p' }).map((field) => field.name), ['F']);
    assert.deepEqual(stats.languageData().logsourceValues('product').map((value) => value.value), ['p']);
    stats.set('/c.yml', extractFileFacts(parseRule('title: y\nlogsource:\n    product: q\n    category: c\ndetection:\n    s: x\n    condition: s\n')));
    assert.deepEqual(stats.languageData().logsourceValues('product', { category: 'c' }).map((value) => value.value), ['q']);
  });
});
