import type { Diagnostic } from '../../core/sigma/diagnostic';

/** The stable JSON contract of `check --format json`. Later versions add fields, never remove or rename. */
export interface CheckReport {
  files: FileReport[];
}

export interface FileReport {
  path: string;
  diagnostics: ReportedDiagnostic[];
}

export type ReportedDiagnostic = Pick<Diagnostic, 'code' | 'severity' | 'message' | 'range'>;

export function toReportedDiagnostic(diagnostic: Diagnostic): ReportedDiagnostic {
  const { code, severity, message, range } = diagnostic;
  return { code, severity, message, range };
}

export function formatJson(report: CheckReport): string {
  return JSON.stringify(report, null, 2);
}

/** `path:line:column: severity code message`, 1-based as compilers print them, then a summary line. */
export function formatText(report: CheckReport): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const file of report.files) {
    for (const diagnostic of file.diagnostics) {
      counts[diagnostic.severity]++;
      const { line, character } = diagnostic.range.start;
      lines.push(`${file.path}:${line + 1}:${character + 1}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
    }
  }
  lines.push(`${report.files.length} files checked: ${counts.error} errors, ${counts.warning} warnings, ${counts.information + counts.hint} notes`);
  return lines.join('\n');
}
