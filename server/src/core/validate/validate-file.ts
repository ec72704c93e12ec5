import type { Diagnostic } from '../sigma/diagnostic';
import type { ParsedFile } from '../sigma/model';
import { comparePositions, LineIndex } from '../sigma/position';
import type { Check, CheckContext, Finding, ValidationResources, WorkspaceFacts } from './check';
import type { SeveritySetting } from './config';
import { PARSER_CODES } from './parser-codes';
import { CHECKS } from './registry';
import { isSuppressed, readSuppressions } from './suppression';

export interface ValidateOptions {
  /** The file's path as the caller names it (filename conventions, cross-file messages). */
  path?: string;
  /** The clock for date checks; tests pass a fixed date. */
  now?: Date;
  /** Ids and names across every file checked together; without it, uniqueness is checked within the file only. */
  workspace?: WorkspaceFacts;
  resources?: ValidationResources;
  /** Per-code severity overrides (see `configuredSeverities`); `off` drops the code. */
  severities?: Record<string, SeveritySetting>;
  /** The checks to run; defaults to the registry. Tests pass one check to see it alone. */
  checks?: readonly Check[];
}

/**
 * Runs every registered check over the rules of one parsed file and returns the parser's diagnostics
 * and the checks' findings, sorted by position, with configured severities and the rule's own
 * suppressions applied (see suppression.ts). Pure and synchronous.
 */
export function validateFile(text: string, file: ParsedFile, options: ValidateOptions = {}): Diagnostic[] {
  const severities = options.severities ?? {};
  const checks = (options.checks ?? CHECKS).filter((check) => isCheckOn(check, severities));
  const diagnostics = file.diagnostics.map((diagnostic) => withSeverity(diagnostic, severities[diagnostic.code] ?? diagnostic.severity ?? PARSER_CODES[diagnostic.code]?.severity));
  if (checks.length > 0) diagnostics.push(...runChecks(text, file, options, checks));
  const suppressions = readSuppressions(text, file.rules);
  const kept = diagnostics.filter((diagnostic): diagnostic is Diagnostic => diagnostic !== undefined && !isSuppressed(diagnostic, suppressions, file.rules));
  return kept.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

function runChecks(text: string, file: ParsedFile, options: ValidateOptions, checks: readonly Check[]): (Diagnostic | undefined)[] {
  const severities = options.severities ?? {};
  const lines = new LineIndex(text);
  const now = options.now ?? new Date();
  const result: (Diagnostic | undefined)[] = [];
  for (const rule of file.rules) {
    const context: CheckContext = { rule, file, text, lines, path: options.path ?? '', now, workspace: options.workspace, resources: options.resources ?? {} };
    for (const check of checks) {
      for (const finding of safeRun(check, context)) result.push(withSeverity(finding, severityOf(finding, check, severities)));
    }
  }
  return result;
}

/** A check that throws on input nobody foresaw must not take the others down: its failure becomes a finding. */
function safeRun(check: Check, context: CheckContext): Finding[] {
  try {
    return check.run(context);
  } catch (error) {
    const codes = Object.keys(check.codes).join(', ');
    return [{ code: 'internal-error', message: `Internal error in the check for ${codes}: ${(error as Error)?.message ?? String(error)}`, range: context.rule.range, severity: 'error' }];
  }
}

function severityOf(finding: Finding, check: Check, severities: Record<string, SeveritySetting>): SeveritySetting {
  const configured = severities[finding.code];
  if (configured) return configured;
  const fallback = check.codes[finding.code]?.severity;
  if (fallback === 'off') return 'off';
  return finding.severity ?? fallback ?? 'warning';
}

function withSeverity(diagnostic: Omit<Diagnostic, 'severity'> & { severity?: unknown }, severity: SeveritySetting | undefined): Diagnostic | undefined {
  if (severity === 'off') return undefined;
  return { ...diagnostic, severity: severity ?? 'error' } as Diagnostic;
}

/** A check runs when at least one of its codes is on, by default or by configuration. */
function isCheckOn(check: Check, severities: Record<string, SeveritySetting>): boolean {
  return Object.entries(check.codes).some(([code, info]) => (severities[code] ?? info.severity) !== 'off');
}
