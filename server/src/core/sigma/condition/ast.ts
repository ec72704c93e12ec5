import type { Range } from '../position';

/**
 * The condition AST. Precedence, loosest first: `or`, `and`, `not`.
 * Parentheses leave no node of their own; the range of the inner node covers them.
 */
export type ConditionNode = AndNode | OrNode | NotNode | IdentifierNode | QuantifiedNode;

export interface AndNode {
  type: 'and';
  operands: ConditionNode[];
  range: Range;
}

export interface OrNode {
  type: 'or';
  operands: ConditionNode[];
  range: Range;
}

export interface NotNode {
  type: 'not';
  operand: ConditionNode;
  range: Range;
}

/** A reference to one search identifier (selection). */
export interface IdentifierNode {
  type: 'identifier';
  name: string;
  range: Range;
}

/** `1 of X`, `all of X` or the non-standard `any of X`, where X is `them` or a name pattern with `*`. */
export interface QuantifiedNode {
  type: 'quantified';
  quantifier: 'one' | 'all' | 'any';
  quantifierRange: Range;
  target: QuantifierTarget;
  range: Range;
}

export type QuantifierTarget =
  | { type: 'them'; range: Range }
  | { type: 'pattern'; pattern: string; range: Range };

/** Calls `visit` on every node, parents before children. */
export function walkCondition(node: ConditionNode, visit: (node: ConditionNode) => void): void {
  visit(node);
  if (node.type === 'and' || node.type === 'or') node.operands.forEach((child) => walkCondition(child, visit));
  else if (node.type === 'not') walkCondition(node.operand, visit);
}
