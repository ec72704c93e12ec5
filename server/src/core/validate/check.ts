import type { Diagnostic, Fix, Severity } from '../sigma/diagnostic';
import type { ParsedFile, SigmaRule } from '../sigma/model';
import type { LineIndex, Range } from '../sigma/position';

/** Facts that span files: what a workspace-wide or multi-path check has seen. */
export interface WorkspaceFacts {
  /** Rule ids and the places that declare them, across every file checked together. */
  ruleIds: Map<string, { path: string; range: Range }[]>;
  /** Rule names (correlation references) and the places that declare them. */
  ruleNames: Map<string, { path: string; range: Range }[]>;
}

/** Everything a check may read. Checks are pure: no IO, no clock except `now`. */
export interface CheckContext {
  rule: SigmaRule;
  file: ParsedFile;
  text: string;
  lines: LineIndex;
  /** The path of the file, as given by the caller (used for filename conventions and cross-file messages). */
  path: string;
  now: Date;
  workspace?: WorkspaceFacts;
  /** Optional data a check needs; a check whose data is absent reports nothing. */
  resources: ValidationResources;
}

/** Loaded data the checks use. Each part is optional; the adapters load them. */
export interface ValidationResources {
  [name: string]: unknown;
}

export interface Finding {
  code: string;
  message: string;
  range: Range;
  fixes?: Fix[];
  data?: Record<string, unknown>;
  /** Overrides the check's default severity for this finding (for example a warning-only variant). */
  severity?: Severity;
}

/** One check: a stable set of diagnostic codes it may report and a pure function that finds them. */
export interface Check {
  /**
   * Every code this check can report, each with its default severity and a one-line description.
   * A default of `off` means the code runs only when configuration turns it on (for example `sigmahq-filename`).
   */
  codes: Record<string, CodeInfo>;
  run(context: CheckContext): Finding[];
}

/** The default severity and the one-line description of a diagnostic code. */
export interface CodeInfo {
  severity: Severity | 'off';
  description: string;
}

export type { Diagnostic };
