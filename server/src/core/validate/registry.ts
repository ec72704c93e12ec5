import type { Check } from './check';

/**
 * Every check, in the order their findings are listed.
 * Add a check by writing one file in `checks/` and one line here.
 */
export const CHECKS: readonly Check[] = [];
