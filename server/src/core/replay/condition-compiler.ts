import type { ConditionNode } from '../sigma/condition/ast';
import { resolveTarget } from '../sigma/condition/resolve';
import type { ReportProblem } from './compile-diagnostic';
import type { EventContext } from './event-context';
import { NO_REQUIREMENT, requireAll, requireAny, type Requirement } from './requirements';
import type { SelectionMatcher } from './selection-matcher';

export interface CompiledCondition {
  test(context: EventContext): boolean;
  requirement: Requirement;
}

/** Compiles a condition AST over compiled selections into one closure, with what it requires of an event. */
export function compileCondition(node: ConditionNode, selections: ReadonlyMap<string, SelectionMatcher>, report: ReportProblem): CompiledCondition {
  switch (node.type) {
    case 'identifier':
      return identifier(node.name, selections, report, node);
    case 'not': {
      const inner = compileCondition(node.operand, selections, report);
      return { test: (context) => !inner.test(context), requirement: NO_REQUIREMENT };
    }
    case 'and':
    case 'or':
      return combine(node.type, node.operands.map((operand) => compileCondition(operand, selections, report)));
    case 'quantified': {
      const names = resolveTarget(node.target, [...selections.keys()]);
      const parts = names.map((name) => identifier(name, selections, report, node));
      if (parts.length === 0) return { test: () => false, requirement: NO_REQUIREMENT };
      return combine(node.quantifier === 'all' ? 'and' : 'or', parts);
    }
  }
}

function identifier(name: string, selections: ReadonlyMap<string, SelectionMatcher>, report: ReportProblem, node: ConditionNode): CompiledCondition {
  const selection = selections.get(name);
  if (!selection) {
    report({ code: 'replay-unknown-selection', message: `The condition names '${name}', which is not a selection; it never matches`, range: node.range });
    return { test: () => false, requirement: NO_REQUIREMENT };
  }
  return { test: selection.test, requirement: selection.requirement };
}

function combine(type: 'and' | 'or', parts: CompiledCondition[]): CompiledCondition {
  const tests = parts.map((part) => part.test);
  const requirement = type === 'and' ? requireAll(parts.map((part) => part.requirement)) : requireAny(parts.map((part) => part.requirement));
  if (tests.length === 1) return { test: tests[0], requirement };
  if (type === 'and') {
    return { requirement, test: (context) => { for (const test of tests) if (!test(context)) return false; return true; } };
  }
  return { requirement, test: (context) => { for (const test of tests) if (test(context)) return true; return false; } };
}
