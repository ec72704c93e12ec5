import type { Located } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';
import { closestWord } from '../../text/edit-distance';
import { LEVEL_VALUES, STATUS_VALUES } from '../../sigma/vocabulary';

const STATUSES = STATUS_VALUES.map((info) => info.value);
const LEVELS = LEVEL_VALUES.map((info) => info.value);

/** `status` and `level` take the values of the specification's enumerations. */
export const statusLevelCheck: Check = {
  codes: {
    'invalid-status': { severity: 'error', description: 'The status is not stable, test, experimental, deprecated or unsupported.' },
    'invalid-level': { severity: 'error', description: 'The level is not informational, low, medium, high or critical.' },
  },
  run({ rule }: CheckContext): Finding[] {
    const findings: Finding[] = [];
    const status = checkEnum(rule.status, STATUSES, 'invalid-status', 'status');
    const level = checkEnum(rule.level, LEVELS, 'invalid-level', 'level');
    if (status) findings.push(status);
    if (level) findings.push(level);
    return findings;
  },
};

function checkEnum(located: Located<string> | undefined, allowed: string[], code: string, what: string): Finding | undefined {
  if (!located || allowed.includes(located.value)) return undefined;
  const lower = located.value.trim().toLowerCase();
  const suggestion = allowed.find((value) => value === lower) ?? closestWord(lower, allowed);
  let message = `Unknown ${what} '${located.value}': expected one of ${allowed.join(', ')}`;
  if (suggestion) message += ` (did you mean '${suggestion}'?)`;
  const fixes = suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ range: located.range, newText: suggestion }] }] : undefined;
  return { code, message, range: located.range, fixes };
}
