import { wildcardNameMatcher } from '../../text/wildcard-name';
import type { QuantifierTarget } from './ast';

/**
 * The selection names an `of` target covers.
 * `them` covers every selection except those whose names start with `_` (specification v2).
 */
export function resolveTarget(target: QuantifierTarget, selectionNames: readonly string[]): string[] {
  if (target.type === 'them') return selectionNames.filter((name) => !name.startsWith('_'));
  const matcher = wildcardNameMatcher(target.pattern);
  return selectionNames.filter((name) => matcher.test(name));
}
