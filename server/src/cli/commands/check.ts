import { parseArgs } from 'node:util';
import { collectRulePaths, isUnreadable, readRuleFile } from '../../adapters/rule-files';
import { parseRule } from '../../core/sigma/parse-rule';
import { validateFile } from '../../core/validate/validate-file';
import { formatJson, formatText, toReportedDiagnostic, type CheckReport, type FileReport } from '../format/check-report';
import type { CliIo } from '../io';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** `check [--format text|json] PATH...`: exit 0 without errors, 1 with errors, 2 on bad usage or unreadable input. */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCheckArgs(args, io);
  if (!parsed) return 2;
  const { paths, missing } = await collectRulePaths(parsed.paths);
  const report: CheckReport = { files: [] };
  let unreadable = missing.length > 0;
  for (const item of missing) io.err(`sigma-workbench check: cannot read ${item.path}: ${item.reason}`);
  for (const filePath of paths) {
    const file = await readRuleFile(filePath);
    if (isUnreadable(file)) {
      unreadable = true;
      io.err(`sigma-workbench check: cannot read ${file.path}: ${file.reason}`);
      report.files.push(unreadableReport(file.path, file.reason));
      continue;
    }
    const diagnostics = validateFile(file.text, parseRule(file.text), { path: filePath });
    report.files.push({ path: filePath, diagnostics: diagnostics.map(toReportedDiagnostic) });
  }
  io.out(parsed.format === 'json' ? formatJson(report) : formatText(report));
  if (unreadable) return 2;
  return report.files.some((file) => file.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function parseCheckArgs(args: string[], io: CliIo): { format: Format; paths: string[] } | undefined {
  try {
    const { values, positionals } = parseArgs({ args, options: { format: { type: 'string', default: 'text' } }, allowPositionals: true });
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new Error(`unknown format '${format}': expected ${FORMATS.join(', ')}`);
    if (positionals.length === 0) throw new Error('expected at least one file or folder to check');
    return { format, paths: positionals };
  } catch (error) {
    io.err(`sigma-workbench check: ${(error as Error).message}\nUsage: sigma-workbench check [--format text|json] PATH...`);
    return undefined;
  }
}

function unreadableReport(path: string, reason: string): FileReport {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { path, diagnostics: [{ code: 'unreadable-file', severity: 'error', message: `Cannot read the file: ${reason}`, range }] };
}
