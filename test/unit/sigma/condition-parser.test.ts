import { strict as assert } from 'node:assert';
import type { ConditionNode } from '../../../server/src/core/sigma/condition/ast';
import { parseCondition } from '../../../server/src/core/sigma/condition/parser';
import { resolveTarget } from '../../../server/src/core/sigma/condition/resolve';

/** A compact, readable rendering of the AST: `and(a, not(b))`, `1of(sel_*)`. */
function show(node: ConditionNode | undefined): string {
  if (!node) return '<none>';
  switch (node.type) {
    case 'and':
    case 'or':
      return `${node.type}(${node.operands.map(show).join(', ')})`;
    case 'not':
      return `not(${show(node.operand)})`;
    case 'identifier':
      return node.name;
    case 'quantified': {
      const quantifier = node.quantifier === 'one' ? '1' : node.quantifier;
      return `${quantifier}of(${node.target.type === 'them' ? 'them' : node.target.pattern})`;
    }
  }
}

function ast(source: string): string {
  const result = parseCondition(source);
  assert.deepEqual(result.errors, [], `unexpected errors for '${source}'`);
  return show(result.ast);
}

describe('parseCondition', () => {
  it('binds not tighter than and, and tighter than or', () => {
    assert.equal(ast('a and not b or c'), 'or(and(a, not(b)), c)');
    assert.equal(ast('a or b and c'), 'or(a, and(b, c))');
  });

  it('flattens chains of the same operator', () => {
    assert.equal(ast('a and b and c'), 'and(a, b, c)');
  });

  it('respects parentheses', () => {
    assert.equal(ast('(a or b) and c'), 'and(or(a, b), c)');
    assert.equal(ast('not (a or b)'), 'not(or(a, b))');
  });

  it('parses quantifiers over them and wildcard patterns', () => {
    assert.equal(ast('1 of selection_* and not all of filter_*'), 'and(1of(selection_*), not(allof(filter_*)))');
    assert.equal(ast('all of them'), 'allof(them)');
    assert.equal(ast('any of sel*'), 'anyof(sel*)');
  });

  it('accepts identifiers with digits, dashes and dots', () => {
    assert.equal(ast('sel-1 or sel.2 or 3rd'), 'or(sel-1, sel.2, 3rd)');
  });

  it('gives each node the range of its source text, parentheses included', () => {
    const result = parseCondition('x and (a or b)');
    assert.ok(result.ast?.type === 'and');
    const inner = result.ast.operands[1];
    assert.deepEqual([inner.range.start.character, inner.range.end.character], [6, 14]);
    assert.deepEqual([result.ast.range.start.character, result.ast.range.end.character], [0, 14]);
  });

  it('reports what was expected and where', () => {
    const result = parseCondition('a and or b');
    assert.equal(result.ast, undefined);
    assert.equal(result.errors[0].code, 'condition-syntax');
    assert.match(result.errors[0].message, /Expected a selection name.*found 'or'/);
    assert.deepEqual([result.errors[0].start, result.errors[0].end], [6, 8]);
  });

  it('reports a missing closing parenthesis at the end', () => {
    const result = parseCondition('(a or b');
    assert.match(result.errors[0].message, /Expected '\)'/);
    assert.equal(result.errors[0].start, 7);
  });

  it('recognises Sigma v1 aggregations and keeps the part before the pipe', () => {
    const result = parseCondition('selection | count(User) by Computer > 10');
    assert.equal(show(result.ast), 'selection');
    assert.equal(result.errors[0].code, 'condition-v1-aggregation');
    assert.equal(result.errors[0].start, 10);
  });

  it('rejects numbers other than 1 before of', () => {
    assert.match(parseCondition('2 of sel_*').errors[0].message, /'2 of' is not Sigma/);
  });

  it('rejects wildcards outside of quantifiers', () => {
    assert.match(parseCondition('sel_*').errors[0].message, /only allowed after/);
  });

  it('rejects unknown characters', () => {
    assert.equal(parseCondition('a & b').errors[0].code, 'condition-syntax');
  });

  it('stops at a nesting limit instead of overflowing the stack', () => {
    const deep = `${'('.repeat(100_000)}a${')'.repeat(100_000)}`;
    const result = parseCondition(deep);
    assert.equal(result.errors[0].code, 'condition-too-deep');
    const nots = parseCondition(`${'not '.repeat(50_000)}a`);
    assert.equal(nots.errors[0].code, 'condition-too-deep');
  });

  it('reports an empty condition', () => {
    assert.match(parseCondition('   ').errors[0].message, /empty/);
  });
});

describe('resolveTarget', () => {
  const names = ['selection_a', 'selection_b', '_private', 'filter_x'];

  it('covers every selection but underscore-prefixed ones with them', () => {
    assert.deepEqual(resolveTarget({ type: 'them', range: zero() }, names), ['selection_a', 'selection_b', 'filter_x']);
  });

  it('matches wildcard patterns literally otherwise', () => {
    assert.deepEqual(resolveTarget({ type: 'pattern', pattern: 'selection_*', range: zero() }, names), ['selection_a', 'selection_b']);
    assert.deepEqual(resolveTarget({ type: 'pattern', pattern: '_*', range: zero() }, names), ['_private']);
    assert.deepEqual(resolveTarget({ type: 'pattern', pattern: 'sel.ction*', range: zero() }, names), []);
  });
});

function zero() {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
