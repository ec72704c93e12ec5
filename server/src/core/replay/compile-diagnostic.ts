import type { Range } from '../sigma/position';

/**
 * A problem found while compiling a rule for replay: the rule still compiles, and the part that
 * cannot be evaluated never matches. Codes are stable kebab-case ids.
 */
export interface CompileDiagnostic {
  code:
    | 'replay-regex-unsupported'
    | 'replay-unknown-placeholder'
    | 'replay-unsupported-modifier'
    | 'replay-invalid-value'
    | 'replay-unknown-selection'
    | 'replay-no-condition'
    | 'replay-no-detection'
    | 'replay-correlation-unresolved'
    | 'replay-filter-unresolved';
  message: string;
  range?: Range;
}

export type ReportProblem = (problem: CompileDiagnostic) => void;
