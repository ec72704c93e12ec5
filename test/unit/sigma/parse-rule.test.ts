import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FieldMatch, SigmaRule } from '../../../server/src/core/sigma/model';
import { parseRule } from '../../../server/src/core/sigma/parse-rule';

const OK = path.join(__dirname, '..', '..', 'fixtures', 'rules', 'ok');

function parseFixture(name: string): SigmaRule[] {
  const parsed = parseRule(readFileSync(path.join(OK, name), 'utf8'));
  assert.deepEqual(parsed.diagnostics, []);
  return parsed.rules;
}

function fieldMatch(rule: SigmaRule, selection: string, field: string): FieldMatch {
  const found = rule.detection?.selections.find((s) => s.name === selection)?.groups[0].items.find((item) => item.field === field);
  assert.ok(found, `no ${selection}.${field}`);
  return found;
}

describe('parseRule', () => {
  it('reads metadata, logsource and the field-modifier chain with ranges', () => {
    const [rule] = parseFixture('0001-map-selection.yml');
    assert.equal(rule.kind, 'detection');
    assert.equal(rule.title?.value, 'Map selection with modifiers');
    assert.equal(rule.logsource?.category?.value, 'process_creation');
    const cli = fieldMatch(rule, 'selection', 'CommandLine');
    assert.deepEqual(cli.modifiers.map((m) => m.name), ['contains', 'all']);
    assert.deepEqual(cli.modifiers[0].range, { start: { line: 9, character: 20 }, end: { line: 9, character: 28 } });
    assert.deepEqual(cli.fieldRange, { start: { line: 9, character: 8 }, end: { line: 9, character: 19 } });
    assert.equal(cli.valueIsList, true);
    assert.deepEqual(cli.values.map((v) => v.value), ['-urlcache', '-f']);
  });

  it('reads a list of maps as OR-ed groups and keywords as keyword values', () => {
    const [rule] = parseFixture('0002-list-of-maps.yml');
    const selection = rule.detection!.selections[0];
    assert.equal(selection.shape, 'list-of-maps');
    assert.deepEqual(selection.groups.map((g) => g.items.map((i) => i.field)), [['EventID', 'LogonType'], ['EventID']]);
    const [keywordsRule] = parseFixture('0003-keywords.yml');
    assert.equal(keywordsRule.detection!.selections[0].shape, 'keywords');
    assert.deepEqual(keywordsRule.detection!.selections[0].keywords.map((k) => k.value), ['mimikatz', 'sekurlsa::*']);
  });

  it('types every value kind', () => {
    const [rule] = parseFixture('0007-values.yml');
    assert.equal(fieldMatch(rule, 'selection', 'EventID').values[0].kind, 'number');
    assert.equal(fieldMatch(rule, 'selection', 'Empty').values[0].value, '');
    assert.equal(fieldMatch(rule, 'selection', 'Missing').values[0].kind, 'null');
    assert.equal(fieldMatch(rule, 'selection', 'Flag').values[0].kind, 'boolean');
    const escaped = fieldMatch(rule, 'selection', 'Escaped').values[0];
    assert.ok(escaped.kind === 'string' && escaped.pattern.hasWildcards);
    const literal = fieldMatch(rule, 'selection', 'Literal').values[0];
    assert.ok(literal.kind === 'string' && !literal.pattern.hasWildcards);
    assert.equal(literal.pattern.plain, 'a*b?c\\d');
    assert.deepEqual(fieldMatch(rule, 'selection', 'Code').modifiers.map((m) => m.name), ['re', 'i']);
  });

  it('reads every document of a multi-document file: a rule and its correlation', () => {
    const [base, correlation] = parseFixture('0008-multi-document.yml');
    assert.equal(base.name?.value, 'failed_logon');
    assert.equal(correlation.kind, 'correlation');
    assert.equal(correlation.documentIndex, 1);
    assert.equal(correlation.correlation?.type?.value, 'event_count');
    assert.deepEqual(correlation.correlation?.rules.map((r) => r.value), ['failed_logon']);
    assert.equal(correlation.correlation?.timespanMs, 5 * 60_000);
    assert.deepEqual(correlation.correlation?.condition?.comparisons.map((c) => [c.operator, c.value]), [['gte', 10]]);
  });

  it('reads a filter rule as rules plus a detection', () => {
    const [rule] = parseFixture('0009-filter-rule.yml');
    assert.equal(rule.kind, 'filter');
    assert.deepEqual(rule.filter?.rules.map((r) => r.value), ['5d2c4a52-7f1e-4a55-9d3b-0c6f2b0e8a11']);
    assert.deepEqual(rule.filter?.detection.selections.map((s) => s.name), ['selection']);
    assert.equal(rule.filter?.detection.condition?.expressions[0].ast?.type, 'not');
  });

  it('maps condition ranges into the document, also for folded block scalars', () => {
    const [rule] = parseFixture('0010-keyword-modifier.yml');
    const ast = rule.detection!.condition!.expressions[0].ast;
    assert.ok(ast?.type === 'and');
    assert.deepEqual(ast.operands[0].range.start, { line: 12, character: 8 });
    const keywordMatch = rule.detection!.selections[0].groups[0].items[0];
    assert.equal(keywordMatch.field, null);
    assert.deepEqual(keywordMatch.modifiers.map((m) => m.name), ['contains']);
  });

  it('reads condition lists as separate expressions', () => {
    const [rule] = parseFixture('0006-list-condition.yml');
    assert.deepEqual(rule.detection!.condition!.expressions.map((e) => e.source), ['first', 'second']);
  });

  it('keeps a partial model after YAML errors', () => {
    const parsed = parseRule('title: half typed\nlogsource:\n    product: windows\ndetection:\n    selection:\n        Image|endswith: [\n');
    assert.ok(parsed.diagnostics.some((d) => d.code === 'yaml-syntax'));
    assert.equal(parsed.rules[0]?.title?.value, 'half typed');
  });

  it('computes UTF-16 columns after emoji and CJK text', () => {
    const text = "title: 检测 🚀 rule\nlogsource: {product: windows}\ndetection:\n    sel: {a: '🚀检测', b|contians: 1}\n    condition: sel\n";
    const unknown = parseRule(text).diagnostics.find((d) => d.code === 'unknown-modifier');
    assert.ok(unknown);
    // "    sel: {a: '" is 14 code units, the rocket 2 and the two CJK characters 1 each, then "', b|": 'contians' at 23.
    assert.deepEqual(unknown.range, { start: { line: 3, character: 23 }, end: { line: 3, character: 31 } });
  });

  it('ignores YAML documents that are not Sigma rules', () => {
    assert.deepEqual(parseRule('tests:\n  - name: x\n').rules, []);
    assert.deepEqual(parseRule('').rules, []);
  });

  it('refuses oversized input with one diagnostic', () => {
    const parsed = parseRule('x'.repeat(100), { maxLength: 50 });
    assert.equal(parsed.diagnostics[0].code, 'file-too-large');
  });

  it('stops a YAML alias bomb with a diagnostic', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      levels.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const text = `title: bomb\n${levels.join('\n')}\nlogsource: {product: windows}\ndetection:\n    sel:\n        Field: *j\n    condition: sel\n`;
    const parsed = parseRule(text);
    assert.equal(parsed.diagnostics.filter((d) => d.code === 'yaml-too-complex').length, 1, JSON.stringify(parsed.diagnostics.map((d) => d.code)));
  });
});
