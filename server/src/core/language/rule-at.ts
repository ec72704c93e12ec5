import type { ParsedFile, SigmaRule } from '../sigma/model';
import { comparePositions, rangeContains, type Position } from '../sigma/position';

/** The rule (YAML document) under a position; in a multi-document file, the last one starting before it. */
export function ruleAt(file: ParsedFile, position: Position): SigmaRule | undefined {
  const containing = file.rules.find((rule) => rangeContains(rule.range, position));
  if (containing) return containing;
  let best: SigmaRule | undefined;
  for (const rule of file.rules) if (comparePositions(rule.range.start, position) <= 0) best = rule;
  return best ?? file.rules[0];
}
