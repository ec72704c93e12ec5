import type { ConditionNode } from '../sigma/condition/ast';
import { resolveTarget } from '../sigma/condition/resolve';
import type { CompiledDetection } from './compiled-rule';
import type { EventContext } from './event-context';
import type { LeafMatcher } from './field-matcher';
import type { EventLocation, MatchExplanation, NearMiss } from './replay-types';
import type { SelectionMatcher } from './selection-matcher';

const MAX_VALUE = 200;

/** Which selections of a matching rule held, and the fields and values that made them hold. */
export function explainMatch(rule: CompiledDetection, context: EventContext): MatchExplanation {
  const selections: Record<string, boolean> = {};
  const fields: MatchExplanation['fields'] = [];
  for (const [name, selection] of rule.logic.selections) {
    const held = selection.test(context);
    selections[name] = held;
    if (held) fields.push(...matchedLeaves(selection, context).map((leaf) => ({ selection: name, key: leaf.key, field: fieldLabel(leaf), value: eventValue(leaf, context), ruleValues: leaf.values })));
  }
  return { selections, fields };
}

function matchedLeaves(selection: SelectionMatcher, context: EventContext): LeafMatcher[] {
  const group = selection.groups.find((leaves) => leaves.length > 0 && leaves.every((leaf) => leaf.test(context)));
  if (group) return group;
  return selection.keywords?.test(context) ? [selection.keywords] : [];
}

/** The first leaf that failed on an event the rule did not match, walking the condition as it is evaluated. */
export function explainMiss(rule: CompiledDetection, context: EventContext, location: EventLocation): NearMiss {
  const condition = rule.logic.conditions[0];
  if (!condition) return { ...location, reason: 'the rule has no condition that can be evaluated' };
  if (rule.logic.test(context)) {
    const filter = rule.filters.find((one) => !one.test(context));
    return { ...location, reason: filter ? `the filter '${filter.title}' excluded the event` : 'a condition added by the pipeline did not hold' };
  }
  return { ...location, ...firstFailure(condition, rule.logic.selections, context) };
}

type Failure = Omit<NearMiss, keyof EventLocation>;

function firstFailure(node: ConditionNode, selections: ReadonlyMap<string, SelectionMatcher>, context: EventContext): Failure {
  switch (node.type) {
    case 'identifier':
      return selectionFailure(node.name, selections, context);
    case 'not':
      return { reason: `the negated part matched: ${describeNode(node.operand)}` };
    case 'and': {
      const failed = node.operands.find((operand) => !evaluate(operand, selections, context));
      return failed ? firstFailure(failed, selections, context) : { reason: 'no failing part found' };
    }
    case 'or':
      return firstFailure(node.operands[0], selections, context);
    case 'quantified': {
      const names = resolveTarget(node.target, [...selections.keys()]);
      const failed = names.find((name) => !selections.get(name)?.test(context)) ?? names[0];
      return failed ? selectionFailure(failed, selections, context) : { reason: 'the quantifier covers no selection' };
    }
  }
}

function selectionFailure(name: string, selections: ReadonlyMap<string, SelectionMatcher>, context: EventContext): Failure {
  const selection = selections.get(name);
  if (!selection) return { reason: `'${name}' is not a selection`, selection: name };
  const leaf = selection.groups[0]?.find((one) => !one.test(context)) ?? selection.keywords;
  if (!leaf) return { reason: `selection '${name}' did not match`, selection: name };
  const value = eventValue(leaf, context);
  const reason = leaf.field !== null && value === '(absent)' ? `field '${fieldLabel(leaf)}' is absent` : `'${leaf.key}' did not match`;
  return { reason, selection: name, key: leaf.key, field: fieldLabel(leaf), value, ruleValues: leaf.values };
}

function evaluate(node: ConditionNode, selections: ReadonlyMap<string, SelectionMatcher>, context: EventContext): boolean {
  switch (node.type) {
    case 'identifier': return selections.get(node.name)?.test(context) ?? false;
    case 'not': return !evaluate(node.operand, selections, context);
    case 'and': return node.operands.every((operand) => evaluate(operand, selections, context));
    case 'or': return node.operands.some((operand) => evaluate(operand, selections, context));
    case 'quantified': {
      const names = resolveTarget(node.target, [...selections.keys()]);
      const held = (name: string): boolean => selections.get(name)?.test(context) ?? false;
      return names.length > 0 && (node.quantifier === 'all' ? names.every(held) : names.some(held));
    }
  }
}

function describeNode(node: ConditionNode): string {
  switch (node.type) {
    case 'identifier': return node.name;
    case 'not': return `not ${describeNode(node.operand)}`;
    case 'and': case 'or': return node.operands.map(describeNode).join(` ${node.type} `);
    case 'quantified': return `${node.quantifier === 'one' ? '1' : node.quantifier} of ${node.target.type === 'them' ? 'them' : node.target.pattern}`;
  }
}

function fieldLabel(leaf: LeafMatcher): string {
  return leaf.field === null ? '(any field)' : leaf.eventFields.join('|');
}

function eventValue(leaf: LeafMatcher, context: EventContext): string {
  if (leaf.field === null) return '(keywords)';
  const values = leaf.eventFields.flatMap((field) => context.stringsOf(field));
  if (values.length === 0) return '(absent)';
  const text = values.join(' | ');
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}
