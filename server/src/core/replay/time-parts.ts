/** The time-part modifiers (`minute` ... `year`): the part of a timestamp field that a rule compares. */
export type TimePart = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export const TIME_PARTS: readonly TimePart[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];

/** Parses ISO 8601 (with or without a zone, read as UTC without), `YYYY-MM-DD HH:MM:SS`, or epoch seconds/milliseconds. */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? epochMs(value) : undefined;
  if (typeof value !== 'string' || value.length < 4) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return epochMs(Number(value));
  let text = value.trim().replace(' ', 'T');
  // ISO without a zone is local time in JavaScript; logs mean UTC, so say so.
  if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) text += 'Z';
  // JavaScript keeps milliseconds only; longer fractions (Windows has 7 digits) are cut, not refused.
  text = text.replace(/(\.\d{3})\d+/, '$1');
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Seconds below 10^11 (year 5138), milliseconds above. */
function epochMs(value: number): number {
  return Math.abs(value) < 1e11 ? value * 1000 : value;
}

export function timePartOf(ms: number, part: TimePart): number {
  const date = new Date(ms);
  switch (part) {
    case 'minute': return date.getUTCMinutes();
    case 'hour': return date.getUTCHours();
    case 'day': return date.getUTCDate();
    case 'month': return date.getUTCMonth() + 1;
    case 'year': return date.getUTCFullYear();
    case 'week': return isoWeek(date);
  }
}

function isoWeek(date: Date): number {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
}
