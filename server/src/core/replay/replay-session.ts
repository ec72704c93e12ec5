import type { CompiledDetection, CompiledRuleSet } from './compiled-rule';
import { CorrelationTracker } from './correlation-engine';
import { EventContext, type ReplayEvent } from './event-context';
import { explainMatch, explainMiss } from './explain';
import { classifyEvent, eventIdOf, sourceKey, type EventSource, type LogsourceHint } from './logsource-scope';
import type { EventLocation, NearMiss, RuleMatch, RuleReplayResult } from './replay-types';
import { CandidateGroup } from './rule-index';
import { DEFAULT_TIMESTAMP_FIELDS, eventTime } from './timestamps';

export interface ReplayOptions {
  /** Fields that hold an event's time, tried in order; see DEFAULT_TIMESTAMP_FIELDS. */
  timestampFields?: readonly string[];
  /** Explain each match, and for rules without matches the first failing leaf on a few events. */
  explain?: boolean;
  /** Events explained per rule without matches (default 5). */
  nearMissLimit?: number;
  /** Matches kept per rule; the count stays exact beyond it (default 10,000). */
  maxMatchesPerRule?: number;
}

interface GroupEntry {
  group: CandidateGroup;
  events: number;
}

interface Route {
  entry: GroupEntry;
  /** Whether classifying adds fields (Security 4688's Sysmon names), so the event must still be classified. */
  aliases: boolean;
}

function hintKey(hint: LogsourceHint): string {
  return `${hint.product ?? ''}|${hint.service ?? ''}|${hint.category ?? ''}`;
}

interface RuleState {
  matchCount: number;
  matches: RuleMatch[];
  nearMisses: NearMiss[];
}

/**
 * Replays events one at a time through compiled rules. Events are classified by logsource,
 * routed to the rules of that logsource and event ID, prefiltered by the rules' necessary
 * substrings, and only then evaluated. Correlations are computed in time order at `finish`.
 */
export class ReplaySession {
  private readonly states = new Map<number, RuleState>();
  private readonly groups = new Map<string, GroupEntry>();
  /**
   * Channel and event ID to group, for events whose classification only depends on those: by channel,
   * then by the event ID as the event holds it (number or string), so routing an event builds no key.
   */
  private readonly routes = new Map<string, Map<string | number, Route>>();
  /** The same, per logsource hint (events of files labelled by a manifest or `--logsource`). */
  private readonly hintedRoutes = new Map<string, Map<string, Map<string | number, Route>>>();
  private readonly correlations: CorrelationTracker;
  private readonly timestampFields: readonly string[];
  private lastTime = 0;

  constructor(private readonly compiled: CompiledRuleSet, private readonly options: ReplayOptions = {}) {
    for (const rule of compiled.detections) this.states.set(rule.ordinal, { matchCount: 0, matches: [], nearMisses: [] });
    this.correlations = new CorrelationTracker(compiled.correlations);
    this.timestampFields = options.timestampFields ?? DEFAULT_TIMESTAMP_FIELDS;
  }

  /** Evaluates one event; `hint` is the logsource its file was labelled with, if any. */
  push(raw: ReplayEvent, location: EventLocation, hint?: LogsourceHint): void {
    const { event, entry } = this.routeEvent(raw, hint);
    entry.events++;
    const context = new EventContext(event);
    const rules = entry.group.rules;
    for (const index of entry.group.candidates(context)) {
      const rule = rules[index];
      if (rule.test(context)) this.recordMatch(rule, context, location);
    }
    if (this.options.explain) this.recordNearMisses(rules, context, location);
  }

  /**
   * Finds the candidate group of an event. Windows events, the bulk of most replays, are routed by
   * channel and event ID from a cache, without classifying them again.
   */
  private routeEvent(raw: ReplayEvent, hint?: LogsourceHint): { event: ReplayEvent; entry: GroupEntry } {
    const channel = raw.Channel;
    const eventId = raw.EventID;
    const byId = typeof channel === 'string' && (typeof eventId === 'number' || typeof eventId === 'string') ? this.routesOf(channel, hint) : undefined;
    const cached = byId?.get(eventId as string | number);
    if (cached && !cached.aliases) return { event: raw, entry: cached.entry };
    const { event, source } = classifyEvent(raw, hint);
    if (cached) return { event, entry: cached.entry };
    const entry = this.groupOf(source, eventIdOf(event));
    byId?.set(eventId as string | number, { entry, aliases: event !== raw });
    return { event, entry };
  }

  private routesOf(channel: string, hint?: LogsourceHint): Map<string | number, Route> {
    let byChannel = this.routes;
    if (hint) {
      const key = hintKey(hint);
      byChannel = this.hintedRoutes.get(key) ?? new Map();
      this.hintedRoutes.set(key, byChannel);
    }
    let byId = byChannel.get(channel);
    if (!byId) {
      byId = new Map();
      byChannel.set(channel, byId);
    }
    return byId;
  }

  /** The group of a logsource and event ID, shared through the compiled set's cache. */
  private groupOf(source: EventSource | undefined, eventId: string): GroupEntry {
    const key = `${sourceKey(source)}#${eventId}`;
    let entry = this.groups.get(key);
    if (!entry) {
      const cache = (this.compiled.indexCache ??= new Map());
      let group = cache.get(key);
      if (!group) {
        group = new CandidateGroup(this.compiled.detections, source, eventId);
        cache.set(key, group);
      }
      entry = { group, events: 0 };
      this.groups.set(key, entry);
    }
    return entry;
  }

  private recordMatch(rule: CompiledDetection, context: EventContext, location: EventLocation): void {
    const state = this.states.get(rule.ordinal)!;
    state.matchCount++;
    if (state.matches.length < (this.options.maxMatchesPerRule ?? 10_000)) {
      state.matches.push(this.options.explain ? { ...location, explain: explainMatch(rule, context) } : { ...location });
    }
    if (this.correlations.wants(rule.ordinal)) {
      const time = eventTime(context, this.timestampFields) ?? this.lastTime;
      this.lastTime = time;
      this.correlations.record(rule.ordinal, context, time, location);
    }
  }

  private recordNearMisses(rules: CompiledDetection[], context: EventContext, location: EventLocation): void {
    const limit = this.options.nearMissLimit ?? 5;
    for (const rule of rules) {
      const state = this.states.get(rule.ordinal)!;
      if (state.matchCount > 0 || state.nearMisses.length >= limit || rule.test(context)) continue;
      state.nearMisses.push(explainMiss(rule, context, location));
    }
  }

  /** Results for every rule, in the order the rules were given. */
  finish(): RuleReplayResult[] {
    const inScope = new Map<number, number>();
    for (const { group, events } of this.groups.values()) for (const rule of group.rules) inScope.set(rule.ordinal, (inScope.get(rule.ordinal) ?? 0) + events);
    const fired = this.correlations.finish();
    return this.compiled.all.map((rule) => {
      const base = baseResult(rule);
      if (rule.kind === 'detection') {
        const state = this.states.get(rule.ordinal)!;
        const nearMisses = this.options.explain && state.matchCount === 0 ? state.nearMisses : undefined;
        return { ...base, matchCount: state.matchCount, matches: state.matches, eventsInScope: inScope.get(rule.ordinal) ?? 0, nearMisses };
      }
      if (rule.kind === 'correlation') {
        const locations = fired.get(rule.ordinal) ?? [];
        const seen = rule.ruleOrdinals.reduce((total, ordinal) => total + (this.states.get(ordinal)?.matchCount ?? 0), 0);
        return { ...base, matchCount: locations.length, matches: locations.map((location) => ({ ...location })), eventsInScope: seen };
      }
      return { ...base, matchCount: 0, matches: [], eventsInScope: 0 };
    });
  }
}

function baseResult(rule: CompiledRuleSet['all'][number]): Omit<RuleReplayResult, 'matchCount' | 'matches' | 'eventsInScope'> {
  const diagnostics = rule.diagnostics.map((d) => ({ code: d.code, message: d.message, line: d.range ? d.range.start.line + 1 : undefined }));
  return { ordinal: rule.ordinal, kind: rule.kind, path: rule.path, id: rule.id, title: rule.title, level: rule.level, diagnostics };
}

/** Replays an in-memory list of events (tests, the language server): see ReplaySession. */
export function replayEvents(compiled: CompiledRuleSet, events: Iterable<{ event: ReplayEvent; location: EventLocation; hint?: LogsourceHint }>, options: ReplayOptions = {}): RuleReplayResult[] {
  const session = new ReplaySession(compiled, options);
  for (const { event, location, hint } of events) session.push(event, location, hint);
  return session.finish();
}
