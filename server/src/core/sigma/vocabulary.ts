/**
 * The vocabulary of a Sigma rule, in one place for the parser, the checks and the editor features:
 * top-level keys in SigmaHQ order, status and level values, logsource keys, correlation types and keys,
 * condition keywords and the ATT&CK tactic tags of the Sigma tags appendix.
 */
export interface KeyInfo {
  name: string;
  summary: string;
  /** How the value is written: a scalar on the same line, or a block (list or map) on the following lines. */
  shape: 'scalar' | 'list' | 'map';
}

/** Top-level keys in the order SigmaHQ's conventions list them; keys outside the list sort after `level`. */
export const TOP_LEVEL_KEYS: readonly KeyInfo[] = [
  { name: 'title', shape: 'scalar', summary: 'A short, capitalised description of what the rule detects (at most 256 characters).' },
  { name: 'id', shape: 'scalar', summary: 'A globally unique identifier of the rule, a UUID (v4 recommended). Never change it once published.' },
  { name: 'related', shape: 'list', summary: 'Rules this one derives from, replaces, renames, merges or is similar to: a list of `id` and `type`.' },
  { name: 'name', shape: 'scalar', summary: 'A unique name other rules (correlations, filters) use to reference this rule.' },
  { name: 'taxonomy', shape: 'scalar', summary: 'The field-name taxonomy the rule uses; `sigma` when omitted.' },
  { name: 'status', shape: 'scalar', summary: 'The maturity of the rule: stable, test, experimental, deprecated or unsupported.' },
  { name: 'description', shape: 'scalar', summary: 'What the rule detects and why it matters.' },
  { name: 'license', shape: 'scalar', summary: 'The license of the rule, as an SPDX identifier.' },
  { name: 'references', shape: 'list', summary: 'Sources the rule is based on: reports, blog posts, documentation (URLs).' },
  { name: 'author', shape: 'scalar', summary: 'The author or authors of the rule, comma-separated.' },
  { name: 'date', shape: 'scalar', summary: 'The creation date, `YYYY-MM-DD`.' },
  { name: 'modified', shape: 'scalar', summary: 'The date of the last change, `YYYY-MM-DD`.' },
  { name: 'tags', shape: 'list', summary: 'Namespaced tags: ATT&CK tactics and techniques (`attack.t1059.001`), CVEs, CAR, detection type.' },
  { name: 'logsource', shape: 'map', summary: 'Which log data the rule applies to: `product`, `category`, `service`, and a `definition` for humans.' },
  { name: 'detection', shape: 'map', summary: 'Search identifiers (selections) and the `condition` that combines them.' },
  { name: 'correlation', shape: 'map', summary: 'A correlation rule: `type`, the `rules` it correlates, `group-by`, `timespan` and a `condition`.' },
  { name: 'filter', shape: 'map', summary: 'A filter rule: the `rules` it applies to, selections and a `condition` that excludes events.' },
  { name: 'fields', shape: 'list', summary: 'Fields worth showing to an analyst when the rule matches.' },
  { name: 'falsepositives', shape: 'list', summary: 'Known legitimate activity that can match the rule.' },
  { name: 'level', shape: 'scalar', summary: 'The criticality of a match: informational, low, medium, high or critical.' },
  { name: 'scope', shape: 'list', summary: 'The environments the rule applies to (for example `server`).' },
  { name: 'generate', shape: 'scalar', summary: 'Correlation rules: whether the referenced rules also produce their own matches.' },
];

const ORDER = new Map(TOP_LEVEL_KEYS.map((info, index) => [info.name, index]));

/** The sort position of a top-level key in SigmaHQ order; unknown keys sort after every known one. */
export function topLevelKeyRank(key: string): number {
  return ORDER.get(key) ?? TOP_LEVEL_KEYS.length;
}

export function topLevelKeyInfo(key: string): KeyInfo | undefined {
  return TOP_LEVEL_KEYS[ORDER.get(key) ?? -1];
}

export interface ValueInfo {
  value: string;
  summary: string;
}

export const STATUS_VALUES: readonly ValueInfo[] = [
  { value: 'stable', summary: 'Ready for production use: false positives are known and handled.' },
  { value: 'test', summary: 'Believed ready; being tested before it is marked stable.' },
  { value: 'experimental', summary: 'A new rule that may produce false positives; not tested in production.' },
  { value: 'deprecated', summary: 'Replaced by other rules (see `related`); kept for reference.' },
  { value: 'unsupported', summary: 'Cannot be used as it is (special log data or processing needed).' },
];

export const LEVEL_VALUES: readonly ValueInfo[] = [
  { value: 'informational', summary: 'Not a threat: compliance or correlation data.' },
  { value: 'low', summary: 'Notable event but rarely an incident; review in bulk.' },
  { value: 'medium', summary: 'Relevant event that should be reviewed manually on a regular basis.' },
  { value: 'high', summary: 'Relevant event that should trigger an internal alert and a prompt review.' },
  { value: 'critical', summary: 'Highly relevant event that indicates an incident; review immediately.' },
];

export const LOGSOURCE_KEYS: readonly ValueInfo[] = [
  { value: 'product', summary: 'The product that writes the logs, such as `windows`, `linux`, `aws`.' },
  { value: 'category', summary: 'A group of log sources of the same kind, such as `process_creation`, independent of the product.' },
  { value: 'service', summary: 'A subset of a product\'s logs, such as `security` or `sysmon` on Windows.' },
  { value: 'definition', summary: 'Free text for humans: what the log source needs (audit policy, configuration).' },
];

/** The ATT&CK Enterprise tactics as Sigma tags (Sigma tags appendix), in kill-chain order. */
export const TACTIC_TAGS: readonly ValueInfo[] = [
  ['reconnaissance', 'Gathering information to plan future operations.'],
  ['resource-development', 'Establishing resources to support operations.'],
  ['initial-access', 'Getting into the network.'],
  ['execution', 'Running malicious code.'],
  ['persistence', 'Keeping a foothold.'],
  ['privilege-escalation', 'Gaining higher-level permissions.'],
  ['defense-evasion', 'Avoiding being detected.'],
  ['credential-access', 'Stealing account names and passwords.'],
  ['discovery', 'Figuring out the environment.'],
  ['lateral-movement', 'Moving through the environment.'],
  ['collection', 'Gathering data of interest.'],
  ['command-and-control', 'Communicating with compromised systems to control them.'],
  ['exfiltration', 'Stealing data.'],
  ['impact', 'Manipulating, interrupting or destroying systems and data.'],
].map(([name, summary]) => ({ value: `attack.${name}`, summary: `ATT&CK tactic: ${summary}` }));

/** Words of the condition language, with what each one does. */
export const CONDITION_KEYWORDS: readonly ValueInfo[] = [
  { value: 'and', summary: 'Both sides must match.' },
  { value: 'or', summary: 'Either side must match.' },
  { value: 'not', summary: 'Negates what follows; binds tighter than `and` and `or`.' },
  { value: '1 of', summary: 'At least one of the selections named by the pattern (or `them`) must match.' },
  { value: 'all of', summary: 'Every selection named by the pattern (or `them`) must match.' },
  { value: 'them', summary: 'Every selection of the detection except those whose names start with `_`.' },
];

/** Keys of a correlation section (specification v2.1, "Sigma Correlation Rules"). */
export const CORRELATION_KEYS: readonly ValueInfo[] = [
  { value: 'type', summary: 'What is counted or ordered: event_count, value_count, temporal, temporal_ordered, value_sum, value_avg, value_percentile.' },
  { value: 'rules', summary: 'The rules (by name or id) whose matches are correlated.' },
  { value: 'group-by', summary: 'Fields whose values must be equal across the correlated events.' },
  { value: 'timespan', summary: 'The time window, such as `5m`, `1h` or `2d`.' },
  { value: 'condition', summary: 'The threshold: `gte: 10`, or a `field` with a comparison for value_count.' },
  { value: 'aliases', summary: 'Field names that differ between the correlated rules, unified under one alias.' },
  { value: 'generate', summary: 'Whether the referenced rules also produce their own matches.' },
];

export const CORRELATION_TYPES: readonly ValueInfo[] = [
  { value: 'event_count', summary: 'Counts events per group: `condition: {gte: N}`.' },
  { value: 'value_count', summary: 'Counts distinct values of `condition.field` per group.' },
  { value: 'temporal', summary: 'All referenced rules match within the timespan, in any order.' },
  { value: 'temporal_ordered', summary: 'The referenced rules match within the timespan, in the order listed.' },
  { value: 'value_sum', summary: 'Sums `condition.field` per group.' },
  { value: 'value_avg', summary: 'Averages `condition.field` per group.' },
  { value: 'value_percentile', summary: 'A percentile of `condition.field` per group.' },
];
