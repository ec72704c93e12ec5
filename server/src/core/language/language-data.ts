/**
 * What the editor features may know beyond the rule text: field names per logsource, logsource values
 * and ATT&CK. Every part is optional; a feature whose data is absent offers nothing rather than guessing.
 * The language server fills this from the taxonomy and ATT&CK adapters and from the workspace's own rules.
 */
export interface LanguageData {
  /** Fields of a logsource, best first; empty when the logsource is unknown. */
  fieldsFor?(logsource: LogsourceKey): FieldInfo[];
  /** Known values of `product`, `category` or `service`; with `within`, only those that combine with the parts already written. */
  logsourceValues?(key: LogsourceValueKey, within?: LogsourceKey): LogsourceValueInfo[];
  attack?: AttackLookup;
  /** Distinct values a field takes in the sample library's events of that logsource, first seen first; empty when none. */
  sampleExamples?(logsource: LogsourceKey, field: string): string[];
  /** Names and ids of the rules a correlation or filter may reference. */
  ruleReferences?(): LogsourceValueInfo[];
}

export type LogsourceValueKey = 'product' | 'category' | 'service';

export interface LogsourceKey {
  product?: string;
  category?: string;
  service?: string;
}

export interface FieldInfo {
  name: string;
  description?: string;
  examples?: string[];
  /** Where the name comes from, shown to the user: "taxonomy: windows/process_creation", "used by 12 workspace rules". */
  source: string;
}

export interface LogsourceValueInfo {
  value: string;
  description?: string;
  source: string;
}

/** ATT&CK as the editor needs it: tags by name, and a search over techniques and tactics. */
export interface AttackLookup {
  lookupTag(tag: string): AttackTagInfo | undefined;
  searchTags(query: string, options: { limit: number }): AttackTagInfo[];
}

export interface AttackTagInfo {
  /** The Sigma tag, `attack.t1059.001` or `attack.execution`. */
  tag: string;
  /** The ATT&CK id, `T1059.001` or `TA0002`. */
  id: string;
  name: string;
  kind: 'technique' | 'tactic' | 'group' | 'software' | 'other';
  tactics?: string[];
  platforms?: string[];
  description?: string;
  dataSources?: string[];
  revoked?: boolean;
  deprecated?: boolean;
  /** The tag of the technique that replaced a revoked one. */
  successorTag?: string;
}
