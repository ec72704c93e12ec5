import type { Selection } from '../sigma/model';
import type { EventContext } from './event-context';
import { compileFieldMatch, compileKeywords, type LeafMatcher, type LeafOptions } from './field-matcher';
import { leafRequirement, requireAll, requireAny, type Requirement } from './requirements';

/** A compiled search identifier: maps of AND'ed leaves, OR'ed together, plus OR'ed keywords. */
export interface SelectionMatcher {
  name: string;
  groups: LeafMatcher[][];
  keywords?: LeafMatcher;
  test(context: EventContext): boolean;
  requirement: Requirement;
}

export function compileSelection(selection: Selection, options: LeafOptions): SelectionMatcher {
  const groups = selection.groups.map((group) => group.items.map((item) => (item.field === null ? compileKeywords(item.values, options, item.modifiers) : compileFieldMatch(item, options))));
  const keywords = selection.keywords.length ? compileKeywords(selection.keywords, options) : undefined;
  const alternatives = [...groups.map((leaves) => groupTest(leaves)), ...(keywords ? [keywords.test] : [])];
  const requirement = requireAny([...groups.map((leaves) => requireAll(leaves.map(requirementOf))), ...(keywords ? [requirementOf(keywords)] : [])]);
  return { name: selection.name, groups, keywords, requirement, test: anyOf(alternatives) };
}

function requirementOf(leaf: LeafMatcher): Requirement {
  return leafRequirement(leaf.atoms, leaf.eventIds);
}

/** An empty map matches nothing, as an empty selection should. */
function groupTest(leaves: LeafMatcher[]): (context: EventContext) => boolean {
  if (leaves.length === 0) return () => false;
  if (leaves.length === 1) return leaves[0].test;
  return (context) => {
    for (const leaf of leaves) if (!leaf.test(context)) return false;
    return true;
  };
}

function anyOf(tests: ((context: EventContext) => boolean)[]): (context: EventContext) => boolean {
  if (tests.length === 0) return () => false;
  if (tests.length === 1) return tests[0];
  return (context) => {
    for (const test of tests) if (test(context)) return true;
    return false;
  };
}
