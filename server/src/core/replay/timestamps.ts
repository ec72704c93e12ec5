import type { EventContext } from './event-context';
import { parseTimestamp } from './time-parts';

/** Where events usually keep their time, tried in order (evtx_dump, ECS, Sysmon, CloudTrail, Okta, Entra ID, Splunk). */
export const DEFAULT_TIMESTAMP_FIELDS: readonly string[] = ['@timestamp', 'timestamp', 'TimeCreated', 'TimeCreated.SystemTime', 'Event.System.TimeCreated.#attributes.SystemTime', 'UtcTime', 'eventTime', 'published', 'createdDateTime', 'time', '_time'];

/** The event's time in epoch milliseconds, or undefined when no field holds a readable time. */
export function eventTime(context: EventContext, fields: readonly string[]): number | undefined {
  for (const field of fields) {
    const value = context.value(field);
    if (value === undefined || value === null) continue;
    const ms = parseTimestamp(value);
    if (ms !== undefined) return ms;
  }
  return undefined;
}
