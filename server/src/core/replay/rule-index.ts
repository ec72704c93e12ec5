import type { CompiledDetection } from './compiled-rule';
import { scalarStrings, type EventContext } from './event-context';
import { scopeAccepts, type EventSource } from './logsource-scope';
import { MultiPatternMatcher } from './multi-pattern';
import { MAX_CLAUSES } from './requirements';
import { SkipSearch } from './skip-search';

/**
 * The detections that can see one kind of event (a logsource and an event ID), with a multi-pattern
 * prefilter: a rule whose requirement has clauses is evaluated only when every clause has one of its
 * needles in the event; a pattern id encodes the rule and the clause (rule * MAX_CLAUSES + clause).
 */
export class CandidateGroup {
  readonly rules: CompiledDetection[];
  private readonly always: number[] = [];
  private readonly fieldMatchers: { field: string; matcher: MultiPatternMatcher | SkipSearch }[] = [];
  private anyFieldMatcher?: MultiPatternMatcher | SkipSearch;
  /** Whether a keyword needle could occur in the text of a number or boolean; usually not, which saves converting them. */
  private keywordsInNumbers = false;
  /** Per rule: the bit mask with one bit per clause, and the clauses found so far in this event. */
  private readonly full: Int32Array;
  private readonly masks: Int32Array;
  private readonly stamps: Int32Array;
  private stamp = 0;
  /** Pattern ids found in the current event: reused from event to event, to spare the garbage collector. */
  private readonly ids: number[] = [];
  /** The candidates of the current event, likewise reused. */
  private readonly found: number[] = [];
  private keywordScan?: { matcher: MultiPatternMatcher | SkipSearch; ids: number[]; numbers: boolean };

  constructor(detections: readonly CompiledDetection[], source: EventSource | undefined, eventId: string) {
    this.rules = detections.filter((rule) => scopeAccepts(rule.scope, source) && (!rule.requirement.eventIds || rule.requirement.eventIds.includes(eventId)));
    this.full = new Int32Array(this.rules.length);
    this.masks = new Int32Array(this.rules.length);
    this.stamps = new Int32Array(this.rules.length);
    const byField = new Map<string | null, { needle: string; id: number }[]>();
    this.rules.forEach((rule, index) => {
      const clauses = rule.requirement.clauses.slice(0, MAX_CLAUSES);
      if (clauses.length === 0) return void this.always.push(index);
      this.full[index] = (1 << clauses.length) - 1;
      clauses.forEach((atoms, clause) => {
        for (const atom of atoms) {
          const list = byField.get(atom.field) ?? [];
          list.push({ needle: atom.needle, id: index * MAX_CLAUSES + clause });
          byField.set(atom.field, list);
        }
      });
    });
    for (const [field, patterns] of byField) {
      // Keywords are searched in every string of every event: skipping ahead pays most there.
      if (field === null) {
        this.anyFieldMatcher = SkipSearch.create(patterns) ?? new MultiPatternMatcher(patterns);
        this.keywordsInNumbers = patterns.some(({ needle }) => /^[0-9.+\-e]+$/.test(needle) || 'true'.includes(needle) || 'false'.includes(needle));
      }
      // Fields whose needles are all long (hashes, GUIDs, paths) are searched by skipping ahead.
      else this.fieldMatchers.push({ field, matcher: SkipSearch.create(patterns, 8) ?? new MultiPatternMatcher(patterns) });
    }
  }

  /**
   * The indexes (into `rules`) of the rules worth evaluating on this event. The array is reused by
   * the next call, so use it up before asking again.
   */
  candidates(context: EventContext): number[] {
    const ids = this.ids;
    ids.length = 0;
    // Raw values, no lowercasing and no caching: the automata fold case, and most fields are plain strings.
    for (const { field, matcher } of this.fieldMatchers) {
      const value = context.value(field);
      if (typeof value === 'string') matcher.scan(value, ids);
      else if (value !== undefined && value !== null) for (const text of scalarStrings(value)) matcher.scan(text, ids);
    }
    if (this.anyFieldMatcher) {
      this.keywordScan ??= { matcher: this.anyFieldMatcher, ids, numbers: this.keywordsInNumbers };
      scanTopLevel(context.event, this.keywordScan);
    }
    return this.rulesWithEveryClause(ids);
  }

  /** Rules whose every clause has a found pattern, plus the rules without clauses. */
  private rulesWithEveryClause(ids: number[]): number[] {
    const stamp = ++this.stamp;
    const { stamps, masks, full } = this;
    const clausesPerRule = MAX_CLAUSES; // a local: imported bindings can be getters when modules are not bundled
    const found = this.found;
    found.length = 0;
    for (let i = 0; i < this.always.length; i++) found.push(this.always[i]);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      const rule = (id / clausesPerRule) | 0;
      const bit = 1 << (id - rule * clausesPerRule);
      if (stamps[rule] !== stamp) {
        stamps[rule] = stamp;
        masks[rule] = 0;
      }
      const before = masks[rule];
      if ((before & bit) !== 0) continue;
      masks[rule] = before | bit;
      if ((before | bit) === full[rule]) found.push(rule);
    }
    return found;
  }

}

/** `scanEveryString` on an event, with its top-level strings (most of a flat event) scanned in place, without a call each. */
function scanTopLevel(event: Record<string, unknown>, scan: { matcher: MultiPatternMatcher | SkipSearch; ids: number[]; numbers: boolean }): void {
  for (const key in event) {
    const value = event[key];
    if (typeof value === 'string') scan.matcher.scan(value, scan.ids);
    else scanEveryString(value, scan, 1);
  }
}

/** Scans every string, number and boolean of the event, as keyword searches see them, without collecting them first. */
function scanEveryString(node: unknown, scan: { matcher: MultiPatternMatcher | SkipSearch; ids: number[]; numbers: boolean }, depth: number): void {
  if (depth > 64 || node === null || node === undefined) return;
  if (typeof node === 'string') scan.matcher.scan(node, scan.ids);
  else if (typeof node === 'number' || typeof node === 'boolean') {
    if (scan.numbers) scan.matcher.scan(String(node), scan.ids);
  } else if (Array.isArray(node)) for (const item of node) scanEveryString(item, scan, depth + 1);
  else if (typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const key in record) scanEveryString(record[key], scan, depth + 1);
  }
}

