import type { Logsource } from '../sigma/model';
import { fieldValue, type ReplayEvent } from './event-context';
import { securityProcessAliases, windowsCategoriesOf, windowsServiceOf } from './windows-logsource';

/** A rule's logsource, lowercased. */
export interface RuleScope {
  product?: string;
  category?: string;
  service?: string;
}

/**
 * What an event is, as far as the engine can tell: an unknown attribute lets every rule through
 * (a user's export without metadata still replays), a known one must agree with the rule's.
 * `categories` is empty for a Windows event that belongs to no category.
 */
export interface EventSource {
  product?: string;
  service?: string;
  categories?: readonly string[];
}

/** Logsource given for a file by a sample manifest or the `--logsource` option. */
export type LogsourceHint = RuleScope;

export function ruleScopeOf(logsource: Logsource | undefined): RuleScope {
  const lower = (text?: { value: string }): string | undefined => (text?.value ? String(text.value).toLowerCase() : undefined);
  return { product: lower(logsource?.product), category: lower(logsource?.category), service: lower(logsource?.service) };
}

export function scopeAccepts(scope: RuleScope, source: EventSource | undefined): boolean {
  if (!source) return true;
  if (scope.product && source.product && scope.product !== source.product) return false;
  if (scope.service && source.service && scope.service !== source.service) return false;
  if (scope.category && source.categories && !source.categories.includes(scope.category)) return false;
  return true;
}

/** A stable key for an event source, to cache per-source rule lists. */
export function sourceKey(source: EventSource | undefined): string {
  return source ? `${source.product ?? '?'}|${source.service ?? '?'}|${source.categories?.join(',') ?? '?'}` : '*';
}

/** The Windows event ID of an event, natively or in ECS (`winlog.event_id`, `event.code`); '' when none. */
export function eventIdOf(event: ReplayEvent): string {
  const id = event.EventID ?? fieldValue(event, 'winlog.event_id') ?? fieldValue(event, 'event.code');
  return id === undefined || id === null ? '' : String(id);
}

/**
 * Classifies an event and, for Security 4688, adds the Sysmon field names. Windows events are known
 * by their channel; other events by the hint, or by the shape of a few well-known cloud logs.
 */
export function classifyEvent(event: ReplayEvent, hint?: LogsourceHint): { event: ReplayEvent; source: EventSource | undefined } {
  const channel = event.Channel ?? fieldValue(event, 'winlog.channel');
  if (typeof channel === 'string' && channel) return classifyWindows(event, channel, hint);
  const source = hint && (hint.product || hint.service || hint.category) ? hintSource(hint) : knownShape(event);
  return { event, source };
}

function classifyWindows(event: ReplayEvent, channel: string, hint?: LogsourceHint): { event: ReplayEvent; source: EventSource } {
  const service = windowsServiceOf(channel) ?? hint?.service;
  const eventId = eventIdOf(event);
  const categories = windowsCategoriesOf(service, eventId);
  const source: EventSource = { product: 'windows', service, categories: categories.length || !hint?.category ? categories : [hint.category] };
  if (service === 'security' && eventId === '4688') return { event: { ...event, ...securityProcessAliases(event) }, source };
  return { event, source };
}

function hintSource(hint: LogsourceHint): EventSource {
  return { product: hint.product?.toLowerCase(), service: hint.service?.toLowerCase(), categories: hint.category ? [hint.category.toLowerCase()] : undefined };
}

/** Cloud logs recognisable by their keys, so an unlabelled export still reaches the right rules. */
function knownShape(event: ReplayEvent): EventSource | undefined {
  if (typeof event.eventSource === 'string' && typeof event.eventName === 'string' && 'awsRegion' in event) return { product: 'aws', service: 'cloudtrail' };
  if (typeof event.eventType === 'string' && 'actor' in event && 'published' in event) return { product: 'okta', service: 'okta' };
  if (typeof event.createdDateTime === 'string' && 'userPrincipalName' in event && 'appDisplayName' in event) return { product: 'azure', service: 'signinlogs' };
  if (event.protoPayload !== undefined && typeof event.logName === 'string') return { product: 'gcp', service: 'gcp.audit' };
  return undefined;
}
