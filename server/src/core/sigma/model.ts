import type { Document, Node as YamlNode } from 'yaml';
import type { Diagnostic } from './diagnostic';
import type { Range } from './position';
import type { SigmaPattern } from './sigma-string';
import type { ConditionNode } from './condition/ast';

/** A value together with where it was written. */
export interface Located<T> {
  value: T;
  range: Range;
}

export type RuleKind = 'detection' | 'correlation' | 'filter' | 'unknown';

/** One YAML document of a Sigma file: a detection, correlation or filter rule. */
export interface SigmaRule {
  kind: RuleKind;
  /** 0-based position of the document in a multi-document file. */
  documentIndex: number;
  range: Range;
  /** Top-level keys in source order, with the ranges of key and value. */
  attributes: Attribute[];
  title?: Located<string>;
  id?: Located<string>;
  name?: Located<string>;
  status?: Located<string>;
  level?: Located<string>;
  tags: Located<string>[];
  logsource?: Logsource;
  detection?: Detection;
  correlation?: Correlation;
  filter?: Filter;
  /** The YAML document, for checks and edits that need the syntax tree (duplicate keys, key order). */
  yaml: Document.Parsed;
}

export interface Attribute {
  key: string;
  keyRange: Range;
  valueRange: Range;
  /** The plain JavaScript value when it is a scalar, string list or flat map; undefined for deeper values. */
  value: unknown;
  node: YamlNode | null;
}

export interface Logsource {
  range: Range;
  product?: Located<string>;
  category?: Located<string>;
  service?: Located<string>;
  definition?: Located<string>;
  /** Every key of the logsource map, including unknown ones. */
  entries: Located<string>[];
  keyRanges: Map<string, Range>;
}

export interface Detection {
  range: Range;
  /** Search identifiers in source order (every key but `condition` and `timeframe`). */
  selections: Selection[];
  condition?: Condition;
  timeframe?: Located<string>;
}

export type SelectionShape = 'map' | 'list-of-maps' | 'keywords' | 'invalid';

export interface Selection {
  name: string;
  nameRange: Range;
  range: Range;
  shape: SelectionShape;
  /** For `map`: one group; for `list-of-maps`: one group per map, OR'ed. Empty for keywords. */
  groups: FieldGroup[];
  /** Keyword values (`keywords` shape), searched across all fields of an event. */
  keywords: SigmaValue[];
}

/** The field matches of one map, AND'ed. */
export interface FieldGroup {
  range: Range;
  items: FieldMatch[];
}

/** One `Field|mod|mod: value(s)` entry. */
export interface FieldMatch {
  /** The key as written, `Field|contains|all`. */
  key: string;
  keyRange: Range;
  /** The field name, or `null` for a keyword match with modifiers (`'|contains': [...]`). */
  field: string | null;
  fieldRange: Range;
  modifiers: Modifier[];
  values: SigmaValue[];
  /** Whether the values were written as a YAML list (the `all` modifier needs one). */
  valueIsList: boolean;
  valueRange: Range;
}

export interface Modifier {
  name: string;
  range: Range;
  /** False when the name is not in the specification's modifier table. */
  known: boolean;
}

export type SigmaValue =
  | { kind: 'string'; value: string; pattern: SigmaPattern; range: Range }
  | { kind: 'number'; value: number; source: string; range: Range }
  | { kind: 'boolean'; value: boolean; range: Range }
  | { kind: 'null'; value: null; range: Range }
  | { kind: 'invalid'; value: unknown; range: Range };

export interface Condition {
  range: Range;
  /** One expression, or several from the list form, OR'ed. */
  expressions: ConditionExpression[];
}

export interface ConditionExpression {
  source: string;
  range: Range;
  /** Absent when the expression does not parse; the errors are in the rule's diagnostics. */
  ast?: ConditionNode;
}

export type CorrelationType =
  | 'event_count'
  | 'value_count'
  | 'temporal'
  | 'temporal_ordered'
  | 'value_sum'
  | 'value_avg'
  | 'value_percentile';

export interface Correlation {
  range: Range;
  type?: Located<string>;
  rules: Located<string>[];
  groupBy: Located<string>[];
  timespan?: Located<string>;
  /** Timespan in milliseconds when it parses (`30s`, `5m`, `1h`, `2d`, `1w`, `1M`, `1y`). */
  timespanMs?: number;
  generate?: Located<boolean>;
  condition?: CorrelationCondition;
  /** `aliases: {alias: {rule: field}}`. */
  aliases: CorrelationAlias[];
}

export interface CorrelationCondition {
  range: Range;
  /** `gt`, `gte`, `lt`, `lte`, `eq`, `neq` with their thresholds. */
  comparisons: { operator: string; value: number; range: Range }[];
  field?: Located<string>;
}

export interface CorrelationAlias {
  name: Located<string>;
  fieldsByRule: { rule: Located<string>; field: Located<string> }[];
}

export interface Filter {
  range: Range;
  rules: Located<string>[];
  /** The selections and condition of the filter, with the same shape as a detection. */
  detection: Detection;
}

/** The result of parsing one file. Parsing never throws: every problem is a diagnostic. */
export interface ParsedFile {
  rules: SigmaRule[];
  diagnostics: Diagnostic[];
}
