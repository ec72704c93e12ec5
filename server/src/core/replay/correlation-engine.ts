import type { CompiledCorrelation } from './compiled-rule';
import type { EventContext } from './event-context';
import type { EventLocation } from './replay-types';

interface Hit {
  time: number;
  seq: number;
  /** Position of the matched rule in the correlation's rule list. */
  step: number;
  group: string;
  value?: string;
  location: EventLocation;
}

/**
 * Collects the matches of correlated rules during a replay, then evaluates each correlation over
 * them in time order with a sliding window of the timespan, per group-by value.
 */
export class CorrelationTracker {
  private readonly hits = new Map<CompiledCorrelation, Hit[]>();
  private readonly byDetection = new Map<number, { correlation: CompiledCorrelation; step: number }[]>();
  private seq = 0;

  constructor(private readonly correlations: readonly CompiledCorrelation[]) {
    for (const correlation of correlations) {
      this.hits.set(correlation, []);
      correlation.ruleOrdinals.forEach((ordinal, step) => {
        const list = this.byDetection.get(ordinal) ?? [];
        list.push({ correlation, step });
        this.byDetection.set(ordinal, list);
      });
    }
  }

  /** Whether any correlation needs the matches of this detection. */
  wants(detectionOrdinal: number): boolean {
    return this.byDetection.has(detectionOrdinal);
  }

  record(detectionOrdinal: number, context: EventContext, time: number, location: EventLocation): void {
    for (const { correlation, step } of this.byDetection.get(detectionOrdinal) ?? []) {
      const group = correlation.groupFields[step].map((field) => context.stringsOf(field)[0] ?? '').join('\u0000');
      const valueField = correlation.valueFields[step];
      const value = valueField ? context.stringsOf(valueField)[0] : undefined;
      if (valueField && value === undefined) continue;
      this.hits.get(correlation)!.push({ time, seq: this.seq++, step, group, value, location });
    }
  }

  /** The events that completed each correlation (one per firing), by correlation ordinal. */
  finish(): Map<number, EventLocation[]> {
    const fired = new Map<number, EventLocation[]>();
    for (const correlation of this.correlations) {
      const hits = (this.hits.get(correlation) ?? []).sort((a, b) => a.time - b.time || a.seq - b.seq);
      const groups = new Map<string, Hit[]>();
      for (const hit of hits) {
        const list = groups.get(hit.group) ?? [];
        list.push(hit);
        groups.set(hit.group, list);
      }
      const locations: EventLocation[] = [];
      for (const list of groups.values()) locations.push(...evaluateGroup(correlation, list));
      fired.set(correlation.ordinal, locations);
    }
    return fired;
  }
}

function evaluateGroup(correlation: CompiledCorrelation, hits: Hit[]): EventLocation[] {
  if (correlation.type === 'temporal_ordered') return orderedFirings(correlation, hits);
  const fired: EventLocation[] = [];
  let window: Hit[] = [];
  for (const hit of hits) {
    window.push(hit);
    window = window.filter((kept) => hit.time - kept.time <= correlation.timespanMs);
    if (windowHolds(correlation, window, hit)) {
      fired.push(hit.location);
      window = [];
    }
  }
  return fired;
}

function windowHolds(correlation: CompiledCorrelation, window: Hit[], last: Hit): boolean {
  switch (correlation.type) {
    case 'event_count':
      return compareAll(correlation, window.length, 1);
    case 'value_count':
      return compareAll(correlation, new Set(window.map((hit) => hit.value)).size, 1);
    case 'temporal':
      return compareAll(correlation, new Set(window.map((hit) => hit.step)).size, correlation.ruleOrdinals.length, 'gte');
    case 'value_sum':
      return compareAll(correlation, sum(window), Number.NaN);
    case 'value_avg':
      return compareAll(correlation, sum(window) / window.length, Number.NaN);
    case 'value_percentile': {
      // The share (in percent) of the window's events with the newest event's value: rare values score low.
      const share = (window.filter((hit) => hit.value === last.value).length / window.length) * 100;
      return compareAll(correlation, share, Number.NaN);
    }
    default:
      return false;
  }
}

function sum(window: Hit[]): number {
  return window.reduce((total, hit) => total + (Number(hit.value) || 0), 0);
}

/** Every comparison of the condition holds; without one, `defaultOperator` against `defaultValue`. */
function compareAll(correlation: CompiledCorrelation, actual: number, defaultValue: number, defaultOperator = 'gte'): boolean {
  const comparisons = correlation.comparisons.length ? correlation.comparisons : [{ operator: defaultOperator, value: defaultValue }];
  return comparisons.every(({ operator, value }) => compare(actual, operator, value));
}

function compare(actual: number, operator: string, value: number): boolean {
  switch (operator) {
    case 'gt': return actual > value;
    case 'gte': return actual >= value;
    case 'lt': return actual < value;
    case 'lte': return actual <= value;
    case 'eq': return actual === value;
    case 'neq': return actual !== value;
    default: return false;
  }
}

/** temporal_ordered: rule 1, then rule 2, ... each later than the previous, all within the timespan. */
function orderedFirings(correlation: CompiledCorrelation, hits: Hit[]): EventLocation[] {
  const steps = correlation.ruleOrdinals.length;
  // starts[k]: the latest start time of a chain that has reached step k.
  let starts: (number | undefined)[] = new Array(steps).fill(undefined);
  const fired: EventLocation[] = [];
  for (const hit of hits) {
    const previous = hit.step === 0 ? hit.time : starts[hit.step - 1];
    if (previous === undefined || hit.time - previous > correlation.timespanMs) continue;
    starts[hit.step] = Math.max(starts[hit.step] ?? -Infinity, previous);
    if (hit.step === steps - 1) {
      fired.push(hit.location);
      starts = new Array(steps).fill(undefined);
    }
  }
  return fired;
}
