import { parseArgs } from 'node:util';
import { loadCheckResources } from '../../adapters/check-resources';
import { loadValidationConfig } from '../../adapters/config-file';
import { collectRulePaths, isUnreadable, readRuleFile, type SourceFile } from '../../adapters/rule-files';
import type { ParsedFile } from '../../core/sigma/model';
import { parseRule } from '../../core/sigma/parse-rule';
import type { CodeInfo, ValidationResources } from '../../core/validate/check';
import { configuredSeverities, defaultValidationConfig, isPathExcluded, type ValidationConfig } from '../../core/validate/config';
import { listCodes } from '../../core/validate/registry';
import { validateFile } from '../../core/validate/validate-file';
import { collectWorkspaceFacts } from '../../core/validate/workspace-facts';
import { formatJson, formatText, toReportedDiagnostic, type CheckReport, type FileReport } from '../format/check-report';
import { formatSarif } from '../format/sarif';
import type { CliIo } from '../io';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
const EXIT_BAD_INPUT = 2;
const USAGE = 'Usage: sigma-workbench check [--format text|json|sarif] [--config FILE] [--taxonomy FILE]... [--attack FILE] PATH...';

const HELP = `
  --format text|json|sarif  output format (default text); json is a stable contract, sarif is for GitHub code scanning
  --config FILE             YAML or JSON: severities per code, exclude globs, sigmahqFilename (see docs/validation.md)
  --taxonomy FILE           a taxonomy file added to the bundled one (repeatable)
  --attack FILE             a MITRE ATT&CK STIX bundle for the attack.* tag checks
Exit codes: 0 no errors, 1 errors, 2 bad usage or unreadable input.`;

interface CheckOptions {
  format: Format;
  paths: string[];
  configPath?: string;
  taxonomyPaths: string[];
  attackPath?: string;
}

interface CheckSetup {
  config: ValidationConfig;
  resources: ValidationResources;
}

interface ParsedSourceFile extends SourceFile {
  file: ParsedFile;
}

/**
 * `check [options] PATH...`: parses and validates rule files and folders.
 * Exit 0 without errors, 1 with errors, 2 on bad usage or unreadable input (the other files are still checked).
 */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${USAGE}\n${HELP}`);
    return EXIT_CLEAN;
  }
  const options = parseCheckArgs(args, io);
  if (!options) return EXIT_BAD_INPUT;
  const setup = await loadSetup(options, io);
  if (!setup) return EXIT_BAD_INPUT;
  const { paths, missing } = await collectRulePaths(options.paths);
  for (const item of missing) io.err(`sigma-workbench check: cannot read ${item.path}: ${item.reason}`);
  const report: CheckReport = { files: [] };
  const { sources, unreadable } = await readSources(paths.filter((path) => !isPathExcluded(path, setup.config.exclude)), io);
  report.files.push(...unreadable, ...validateSources(sources, setup));
  report.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  io.out(formatReport(report, options.format, setup.config));
  if (missing.length > 0 || unreadable.length > 0) return EXIT_BAD_INPUT;
  return report.files.some((file) => file.diagnostics.some((d) => d.severity === 'error')) ? EXIT_ERRORS : EXIT_CLEAN;
}

function parseCheckArgs(args: string[], io: CliIo): CheckOptions | undefined {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { format: { type: 'string', default: 'text' }, config: { type: 'string' }, taxonomy: { type: 'string', multiple: true }, attack: { type: 'string' } },
      allowPositionals: true,
    });
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new Error(`unknown format '${format}': expected ${FORMATS.join(', ')}`);
    if (positionals.length === 0) throw new Error('expected at least one file or folder to check');
    return { format, paths: positionals, configPath: values.config, taxonomyPaths: values.taxonomy ?? [], attackPath: values.attack };
  } catch (error) {
    io.err(`sigma-workbench check: ${(error as Error).message}\n${USAGE}`);
    return undefined;
  }
}

/** Reads the configuration and the data files; any problem is bad usage, reported before checking anything. */
async function loadSetup(options: CheckOptions, io: CliIo): Promise<CheckSetup | undefined> {
  const loaded = options.configPath ? await loadValidationConfig(options.configPath) : { config: defaultValidationConfig(), errors: [] };
  const { resources, errors, warnings } = await loadCheckResources({ taxonomyPaths: options.taxonomyPaths, attackPath: options.attackPath, config: loaded.config });
  for (const warning of warnings) io.err(`sigma-workbench check: warning: ${warning}`);
  const problems = [...loaded.errors, ...errors];
  for (const problem of problems) io.err(`sigma-workbench check: ${problem}`);
  return problems.length > 0 ? undefined : { config: loaded.config, resources };
}

/** Files read at once: enough to keep the disk and libuv's thread pool busy, few enough to bound memory. */
const READ_CONCURRENCY = 32;

async function readSources(paths: string[], io: CliIo): Promise<{ sources: ParsedSourceFile[]; unreadable: FileReport[] }> {
  const sources: ParsedSourceFile[] = [];
  const unreadable: FileReport[] = [];
  const files = await mapConcurrently(paths, READ_CONCURRENCY, readRuleFile);
  for (const source of files) {
    if (isUnreadable(source)) {
      io.err(`sigma-workbench check: cannot read ${source.path}: ${source.reason}`);
      unreadable.push(unreadableReport(source.path, source.reason));
    } else sources.push({ ...source, file: parseRule(source.text) });
  }
  return { sources, unreadable };
}

/** `items.map(task)` with at most `limit` tasks in flight; results keep the order of `items`. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Validates every file with the ids and names of all of them known, so uniqueness and references span the paths checked. */
function validateSources(sources: ParsedSourceFile[], setup: CheckSetup): FileReport[] {
  const workspace = collectWorkspaceFacts(sources);
  const severities = configuredSeverities(setup.config);
  const now = new Date();
  return sources.map((source) => {
    const diagnostics = validateFile(source.text, source.file, { path: source.path, now, workspace, resources: setup.resources, severities });
    return { path: source.path, diagnostics: diagnostics.map(toReportedDiagnostic) };
  });
}

function formatReport(report: CheckReport, format: Format, config: ValidationConfig): string {
  if (format === 'json') return formatJson(report);
  if (format === 'sarif') return formatSarif(report, { codes: configuredCodes(config), baseDir: process.cwd() });
  return formatText(report);
}

/** Every code with the severity this run gives it, so SARIF's default levels match the results. */
function configuredCodes(config: ValidationConfig): Map<string, CodeInfo> {
  const codes = listCodes();
  for (const [code, severity] of Object.entries(configuredSeverities(config))) {
    const info = codes.get(code);
    if (info) codes.set(code, { ...info, severity });
  }
  return codes;
}

function unreadableReport(path: string, reason: string): FileReport {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { path, diagnostics: [{ code: 'unreadable-file', severity: 'error', message: `Cannot read the file: ${reason}`, range }] };
}
