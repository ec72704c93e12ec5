import type { ConditionNode } from '../sigma/condition/ast';
import type { SigmaRule } from '../sigma/model';
import type { CompileDiagnostic } from './compile-diagnostic';
import type { EventContext } from './event-context';
import type { LeafMatcher } from './field-matcher';
import type { RuleScope } from './logsource-scope';
import type { Requirement } from './requirements';
import type { CandidateGroup } from './rule-index';
import type { SelectionMatcher } from './selection-matcher';

/** What every compiled rule carries for reports. */
export interface CompiledRuleInfo {
  /** Position in the list given to `compileRules`. */
  ordinal: number;
  path?: string;
  id?: string;
  name?: string;
  title: string;
  level?: string;
  source: SigmaRule;
  diagnostics: CompileDiagnostic[];
}

/** A detection condition with its selections, as a filter or a rule has one. */
export interface CompiledLogic {
  selections: Map<string, SelectionMatcher>;
  /** The condition expressions, OR'ed (the list form of `condition`). */
  conditions: ConditionNode[];
  test(context: EventContext): boolean;
  /** What an event needs for the condition to hold, for the replay index. */
  requirement: Requirement;
}

export interface CompiledFilter extends CompiledLogic {
  id?: string;
  title: string;
}

export interface CompiledDetection extends CompiledRuleInfo {
  kind: 'detection';
  scope: RuleScope;
  logic: CompiledLogic;
  /** Conditions a pipeline's `add_condition` added, AND'ed. */
  added: LeafMatcher[];
  filters: CompiledFilter[];
  /** The whole rule: logic, added conditions and filters. */
  test(context: EventContext): boolean;
  requirement: Requirement;
}

export type CorrelationKind = 'event_count' | 'value_count' | 'temporal' | 'temporal_ordered' | 'value_sum' | 'value_avg' | 'value_percentile';

export interface CompiledCorrelation extends CompiledRuleInfo {
  kind: 'correlation';
  type: CorrelationKind;
  /** Ordinals of the detections it correlates, in the order the rule lists them. */
  ruleOrdinals: number[];
  /** For each correlated rule (same order), the event field of each group-by name (aliases resolved). */
  groupFields: string[][];
  /** For value_* types, the event field per correlated rule (aliases resolved). */
  valueFields: string[];
  timespanMs: number;
  comparisons: { operator: string; value: number }[];
}

export interface CompiledRuleSet {
  detections: CompiledDetection[];
  /**
   * Rule indexes built by replays, by logsource and event ID: derived from the rules alone, so
   * every replay of this set shares them (the language server replays the same set again and again).
   */
  indexCache?: Map<string, CandidateGroup>;
  correlations: CompiledCorrelation[];
  /** Filter rules, reported but not evaluated on their own. */
  filters: CompiledRuleInfo[];
  /** Every rule in input order. */
  all: (CompiledDetection | CompiledCorrelation | (CompiledRuleInfo & { kind: 'filter' | 'unknown' }))[];
}
