/** Where an event came from: the file and the 0-based ordinal of the event in it. */
export interface EventLocation {
  file: string;
  event: number;
  /** 1-based line where the event starts in its file, when it came from one. */
  line?: number;
}

/** What `--explain` says about one match: the selections that held and the fields that matched. */
export interface MatchExplanation {
  selections: Record<string, boolean>;
  fields: { selection: string; key: string; field: string; value: string; ruleValues: string[] }[];
}

/** For a rule that matched nothing: the first leaf that failed on one event. */
export interface NearMiss extends EventLocation {
  reason: string;
  selection?: string;
  key?: string;
  field?: string;
  value?: string;
  ruleValues?: string[];
}

export interface RuleMatch extends EventLocation {
  explain?: MatchExplanation;
}

/** The result of one rule over a replay. */
export interface RuleReplayResult {
  ordinal: number;
  kind: 'detection' | 'correlation' | 'filter' | 'unknown';
  path?: string;
  id?: string;
  title: string;
  level?: string;
  matchCount: number;
  matches: RuleMatch[];
  /** Events whose logsource the rule accepts (for correlations: events of its rules). */
  eventsInScope: number;
  diagnostics: { code: string; message: string; line?: number }[];
  nearMisses?: NearMiss[];
}
