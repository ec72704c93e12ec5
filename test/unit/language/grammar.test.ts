import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

// No TextMate engine is installed, so this checks the injection grammar's regexes with JavaScript's
// engine, whose syntax for these patterns matches Oniguruma's: they compile and hit what they should.
const grammar = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', '..', 'syntaxes', 'sigma-injection.tmLanguage.json'), 'utf8'));
const compile = (source: string): RegExp => new RegExp(source, 'gu');

describe('Sigma injection grammar', () => {
  it('injects only into Sigma documents, outside comments', () => {
    assert.equal(grammar.injectionSelector, 'L:source.sigma -comment');
  });

  it('finds modifiers in keys but not words that merely start like one', () => {
    const modifier = compile(grammar.repository.modifier.match);
    assert.deepEqual([...'        CommandLine|contains|all: x'.matchAll(modifier)].map((match) => match[2]), ['contains', 'all']);
    assert.deepEqual([...'        Field|containsx: x'.matchAll(modifier)], []);
    assert.deepEqual([...'        Hash|base64offset|contains: x'.matchAll(modifier)].map((match) => match[2]), ['base64offset', 'contains']);
  });

  it('splits a condition into keywords and selection names', () => {
    const condition = grammar.repository.condition;
    const line = compile(condition.match).exec('    condition: 1 of selection_* and not filter');
    assert.ok(line);
    const words = condition.captures['4'].patterns.map((pattern: { match: string; name?: string }) => ({ regex: compile(pattern.match), name: pattern.name }));
    const logical = words.find((word: { name?: string }) => word.name === 'keyword.operator.logical.sigma');
    assert.deepEqual([...line[4].matchAll(logical.regex)].map((match) => match[0]), ['and', 'not']);
  });

  it('marks escapes and wildcards in values', () => {
    assert.deepEqual([..."'C:\\\\x\\*y*'".matchAll(compile(grammar.repository.escape.match))].map((match) => match[0]), ['\\\\', '\\*']);
    assert.equal([..."        Image: '*\\\\cmd.exe'".matchAll(compile(grammar.repository.wildcard.match))].length, 1);
  });
});
