import type { CodeInfo } from './check';

/**
 * The codes the parser reports (server/src/core/sigma), and `unreadable-file` from the file readers, with their default severities and descriptions.
 * The parser decides where they apply; listing them here makes them configurable and suppressible like
 * any check code, and lets reports (SARIF rules, settings) describe them.
 */
export const PARSER_CODES: Readonly<Record<string, CodeInfo>> = {
  'yaml-syntax': { severity: 'error', description: 'The YAML does not parse.' },
  'yaml-duplicate-key': { severity: 'error', description: 'A YAML map has the same key twice; the later value would be lost.' },
  'yaml-too-complex': { severity: 'error', description: 'The document expands to too many nodes (a YAML alias bomb) and was not read whole.' },
  'file-too-large': { severity: 'error', description: 'The file is too large to be a Sigma rule and was not parsed.' },
  'internal-error': { severity: 'error', description: 'The parser failed on unforeseen input; please report it.' },
  'not-a-mapping': { severity: 'error', description: 'A document is not a YAML map of rule attributes.' },
  'missing-detection': { severity: 'error', description: 'The rule has no detection, correlation or filter section.' },
  'invalid-detection': { severity: 'error', description: 'The detection section is not a map of selections and a condition.' },
  'invalid-selection': { severity: 'error', description: 'A selection is empty or has a shape Sigma does not allow.' },
  'mixed-selection': { severity: 'warning', description: "A selection list mixes keywords and field maps; they are OR'ed." },
  'invalid-value': { severity: 'error', description: 'A field value is a map or list where a scalar is expected.' },
  'unknown-modifier': { severity: 'error', description: 'A value modifier is not in the Sigma specification.' },
  'empty-modifier': { severity: 'error', description: "A field key has an empty modifier (an extra '|')." },
  'condition-syntax': { severity: 'error', description: 'The condition does not parse.' },
  'condition-v1-aggregation': { severity: 'error', description: 'The condition uses a Sigma v1 aggregation (`| count()`); use a correlation rule.' },
  'condition-too-deep': { severity: 'error', description: 'The condition nests too deeply to evaluate.' },
  'condition-any-of': { severity: 'warning', description: "The condition uses 'any of', which is not in the specification; use '1 of'." },
  'unknown-selection': { severity: 'error', description: 'The condition references a selection that the detection does not define.' },
  'invalid-correlation': { severity: 'error', description: 'The correlation section is malformed (type, condition).' },
  'invalid-timespan': { severity: 'error', description: 'A correlation timespan is not a number with a unit (s, m, h, d, w, M, y).' },
  'invalid-logsource': { severity: 'error', description: 'The logsource is not a map.' },
  // Reported by the front ends that read files (CLI, language server), listed so reports can describe it.
  'unreadable-file': { severity: 'error', description: 'The file cannot be read: missing, unreadable, binary or too large.' },
};
