import type { Diagnostic, Severity } from '../sigma/diagnostic';
import type { ParsedFile } from '../sigma/model';
import { LineIndex } from '../sigma/position';
import type { CheckContext, ValidationResources, WorkspaceFacts } from './check';
import { CHECKS } from './registry';

export interface ValidateOptions {
  path?: string;
  now?: Date;
  workspace?: WorkspaceFacts;
  resources?: ValidationResources;
  /** Per-code severity overrides; `off` drops the code. */
  severities?: Record<string, Severity | 'off'>;
}

/**
 * Runs every registered check over the rules of one parsed file and returns the parser's diagnostics
 * followed by the checks' findings. Pure and synchronous.
 */
export function validateFile(text: string, file: ParsedFile, options: ValidateOptions = {}): Diagnostic[] {
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [...file.diagnostics];
  for (const rule of file.rules) {
    const context: CheckContext = {
      rule,
      file,
      text,
      lines,
      path: options.path ?? '',
      now: options.now ?? new Date(),
      workspace: options.workspace,
      resources: options.resources ?? {},
    };
    for (const check of CHECKS) {
      for (const finding of check.run(context)) {
        const severity = finding.severity ?? check.codes[finding.code]?.severity ?? 'warning';
        diagnostics.push({ ...finding, severity });
      }
    }
  }
  return applySeverities(diagnostics, options.severities ?? {});
}

function applySeverities(diagnostics: Diagnostic[], severities: Record<string, Severity | 'off'>): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const override = severities[diagnostic.code];
    if (override === 'off') continue;
    result.push(override ? { ...diagnostic, severity: override } : diagnostic);
  }
  return result;
}
