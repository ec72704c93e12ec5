/**
 * A whole-name matcher where `*` stands for any run of characters and everything else is literal:
 * condition targets (`selection_*`) and rule-folder settings (`rules*`) both use it.
 */
export function wildcardNameMatcher(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\-]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}
