import type { Attribute } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Dates written another common way, which the fix rewrites as `YYYY-MM-DD`. */
const LOOSE_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
/** A rule written today in a time zone ahead of the checker's is not from the future. */
const FUTURE_TOLERANCE_MS = 36 * 60 * 60 * 1000;

/** `date` and `modified` are `YYYY-MM-DD` calendar dates, not in the future, and `modified` is not before `date`. */
export const datesCheck: Check = {
  codes: {
    'invalid-date': { severity: 'error', description: '`date` or `modified` is not a YYYY-MM-DD calendar date.' },
    'future-date': { severity: 'warning', description: '`date` or `modified` is in the future.' },
    'modified-before-date': { severity: 'warning', description: '`modified` is earlier than `date`.' },
  },
  run(context: CheckContext): Finding[] {
    const findings: Finding[] = [];
    const created = readDate(context, 'date', findings);
    const modified = readDate(context, 'modified', findings);
    if (created && modified && modified.time < created.time) {
      findings.push({ code: 'modified-before-date', message: `modified (${modified.text}) is before date (${created.text})`, range: modified.attribute.valueRange });
    }
    return findings;
  },
};

interface ReadDate {
  attribute: Attribute;
  text: string;
  time: number;
}

function readDate(context: CheckContext, key: string, findings: Finding[]): ReadDate | undefined {
  const attribute = context.rule.attributes.find((item) => item.key === key);
  if (!attribute || attribute.value === null) return undefined;
  const text = attribute.value instanceof Date ? attribute.value.toISOString().slice(0, 10) : String(attribute.value);
  const time = calendarTime(text);
  if (time === undefined) {
    findings.push(invalidDate(key, text, attribute));
    return undefined;
  }
  if (time > context.now.getTime() + FUTURE_TOLERANCE_MS) {
    findings.push({ code: 'future-date', message: `${key} ${text} is in the future`, range: attribute.valueRange });
  }
  return { attribute, text, time };
}

function invalidDate(key: string, text: string, attribute: Attribute): Finding {
  const rewritten = rewriteLooseDate(text);
  const message = `${key} '${text}' is not a calendar date in the form YYYY-MM-DD`;
  const fixes = rewritten ? [{ title: `Change to ${rewritten}`, edits: [{ range: attribute.valueRange, newText: rewritten }] }] : undefined;
  return { code: 'invalid-date', message: rewritten ? `${message} (${rewritten}?)` : message, range: attribute.valueRange, fixes };
}

/** Milliseconds of a valid `YYYY-MM-DD` date (UTC midnight), or undefined (`2024-02-30` is not a date). */
function calendarTime(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : undefined;
}

function rewriteLooseDate(text: string): string | undefined {
  const match = LOOSE_DATE.exec(text.trim());
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return calendarTime(iso) === undefined ? undefined : iso;
}
