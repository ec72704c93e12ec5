import type { Range } from '../position';
import type { ConditionNode, QuantifiedNode, QuantifierTarget } from './ast';
import { tokenizeCondition, type Token } from './lexer';

export interface ConditionError {
  code: 'condition-syntax' | 'condition-v1-aggregation' | 'condition-too-deep';
  message: string;
  start: number;
  end: number;
}

export interface ConditionParseResult {
  ast?: ConditionNode;
  errors: ConditionError[];
}

export interface ConditionParseOptions {
  /** Maps offsets in the expression to document ranges; defaults to line 0 columns. */
  toRange?: (start: number, end: number) => Range;
  /** Nesting deeper than this is an error rather than a stack overflow. */
  maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 256;

/** Parses one condition expression. Never throws: a failed parse returns no AST and at least one error. */
export function parseCondition(source: string, options: ConditionParseOptions = {}): ConditionParseResult {
  const parser = new ConditionParser(source, options);
  return parser.parse();
}

class SyntaxFailure {
  constructor(readonly error: ConditionError) {}
}

class ConditionParser {
  private readonly tokens: Token[];
  private index = 0;
  private depth = 0;
  private readonly toRange: (start: number, end: number) => Range;
  private readonly maxDepth: number;

  constructor(private readonly source: string, options: ConditionParseOptions) {
    this.tokens = tokenizeCondition(source);
    this.toRange = options.toRange ?? ((start, end) => ({ start: { line: 0, character: start }, end: { line: 0, character: end } }));
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  }

  parse(): ConditionParseResult {
    if (this.peek().type === 'end') {
      return { errors: [this.error('condition-syntax', 'The condition is empty: expected a selection name or expression', this.peek())] };
    }
    try {
      const ast = this.parseOr();
      const next = this.peek();
      if (next.type === 'pipe') return { ast, errors: [this.aggregationError(next)] };
      if (next.type !== 'end') throw new SyntaxFailure(this.unexpected(next, "'and', 'or' or the end of the condition"));
      return { ast, errors: [] };
    } catch (failure) {
      if (failure instanceof SyntaxFailure) return { errors: [failure.error] };
      throw failure;
    }
  }

  private parseOr(): ConditionNode {
    return this.parseBinary('or', () => this.parseAnd());
  }

  private parseAnd(): ConditionNode {
    return this.parseBinary('and', () => this.parseNot());
  }

  private parseBinary(operator: 'and' | 'or', parseOperand: () => ConditionNode): ConditionNode {
    const first = parseOperand();
    const operands = [first];
    while (this.peek().type === operator) {
      this.advance();
      operands.push(parseOperand());
    }
    if (operands.length === 1) return first;
    const last = operands[operands.length - 1];
    return { type: operator, operands, range: { start: first.range.start, end: last.range.end } };
  }

  private parseNot(): ConditionNode {
    const token = this.peek();
    if (token.type !== 'not') return this.parsePrimary();
    this.advance();
    const operand = this.nested(() => this.parseNot(), token);
    return { type: 'not', operand, range: { start: this.toRange(token.start, token.end).start, end: operand.range.end } };
  }

  private parsePrimary(): ConditionNode {
    const token = this.peek();
    switch (token.type) {
      case 'lparen':
        return this.parseParenthesized(token);
      case 'number':
      case 'all':
      case 'any':
        return this.parseQuantified(token);
      case 'identifier':
        return this.parseIdentifier(token);
      default:
        throw new SyntaxFailure(this.unexpected(token, "a selection name, '(', 'not', '1 of' or 'all of'"));
    }
  }

  private parseParenthesized(open: Token): ConditionNode {
    this.advance();
    const inner = this.nested(() => this.parseOr(), open);
    const close = this.peek();
    if (close.type !== 'rparen') throw new SyntaxFailure(this.unexpected(close, "')' to close the opening '('"));
    this.advance();
    return { ...inner, range: this.toRange(open.start, close.end) };
  }

  private parseIdentifier(token: Token): ConditionNode {
    this.advance();
    if (token.text.includes('*')) {
      throw new SyntaxFailure(this.error('condition-syntax', `Wildcard name '${token.text}' is only allowed after '1 of' or 'all of'`, token));
    }
    return { type: 'identifier', name: token.text, range: this.toRange(token.start, token.end) };
  }

  private parseQuantified(token: Token): QuantifiedNode {
    if (token.type === 'number' && token.text !== '1') {
      throw new SyntaxFailure(this.error('condition-syntax', `'${token.text} of' is not Sigma: use '1 of' or 'all of'`, token));
    }
    this.advance();
    const of = this.peek();
    if (of.type !== 'of') throw new SyntaxFailure(this.unexpected(of, `'of' after '${token.text}'`));
    this.advance();
    const target = this.parseTarget();
    const quantifier = token.type === 'all' ? 'all' : token.type === 'any' ? 'any' : 'one';
    const quantifierRange = this.toRange(token.start, token.end);
    return { type: 'quantified', quantifier, quantifierRange, target, range: { start: quantifierRange.start, end: target.range.end } };
  }

  private parseTarget(): QuantifierTarget {
    const token = this.peek();
    const range = this.toRange(token.start, token.end);
    if (token.type === 'them') {
      this.advance();
      return { type: 'them', range };
    }
    if (token.type === 'identifier') {
      this.advance();
      return { type: 'pattern', pattern: token.text, range };
    }
    throw new SyntaxFailure(this.unexpected(token, "'them' or a selection name pattern such as 'selection_*'"));
  }

  private nested<T>(parse: () => T, token: Token): T {
    if (++this.depth > this.maxDepth) {
      throw new SyntaxFailure(this.error('condition-too-deep', `The condition nests deeper than ${this.maxDepth} levels`, token));
    }
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private aggregationError(pipe: Token): ConditionError {
    const aggregation = this.source.slice(pipe.start).trim();
    return {
      code: 'condition-v1-aggregation',
      message: `'${aggregation}' is a Sigma v1 aggregation, which Sigma v2 replaced with correlation rules`,
      start: pipe.start,
      end: this.source.trimEnd().length,
    };
  }

  private unexpected(token: Token, expected: string): ConditionError {
    const found = token.type === 'end' ? 'the end of the condition' : `'${token.text}'`;
    return this.error('condition-syntax', `Expected ${expected}, found ${found}`, token);
  }

  private error(code: ConditionError['code'], message: string, token: Token): ConditionError {
    return { code, message, start: token.start, end: Math.max(token.end, token.start) };
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private advance(): Token {
    const token = this.tokens[this.index];
    if (token.type !== 'end') this.index++;
    return token;
  }
}
