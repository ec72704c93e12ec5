import type { Located, ParsedFile } from '../sigma/model';
import { rangeContains, type Position } from '../sigma/position';
import { ruleAt } from './rule-at';

/** The rule name or id under the cursor in a correlation's or filter's `rules:` list. */
export function ruleReferenceAt(file: ParsedFile, position: Position): Located<string> | undefined {
  const rule = ruleAt(file, position);
  const references = [...(rule?.correlation?.rules ?? []), ...(rule?.filter?.rules ?? [])];
  return references.find((reference) => rangeContains(reference.range, position));
}
