import * as path from 'node:path';
import type { Severity } from '../../core/sigma/diagnostic';
import type { Range } from '../../core/sigma/position';
import type { CodeInfo } from '../../core/validate/check';
import type { CheckReport, ReportedDiagnostic } from './check-report';
import { TOOL_INFORMATION_URI, TOOL_NAME, TOOL_VERSION } from './tool-info';

export interface SarifOptions {
  /** Every code with its default severity and description; each becomes a reporting descriptor (`rules`). */
  codes: Map<string, CodeInfo>;
  /** Paths are written relative to this folder (the repository root, `%SRCROOT%`). */
  baseDir: string;
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVELS: Record<Severity | 'off', SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note', off: 'none' };

/**
 * The report as SARIF 2.1.0, in the shape GitHub code scanning accepts: one run, the tool's rules with
 * their default levels, and one result per diagnostic with a relative URI and a 1-based region.
 */
export function formatSarif(report: CheckReport, options: SarifOptions): string {
  const codes = new Map(options.codes);
  for (const file of report.files) for (const diagnostic of file.diagnostics) if (!codes.has(diagnostic.code)) codes.set(diagnostic.code, { severity: diagnostic.severity, description: diagnostic.code });
  const ruleIds = [...codes.keys()].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const results = report.files.flatMap((file) => file.diagnostics.map((diagnostic) => toResult(diagnostic, toUri(file.path, options.baseDir), ruleIndex)));
  const driver = { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: TOOL_INFORMATION_URI, rules: ruleIds.map((id) => toRule(id, codes.get(id)!)) };
  const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [{ tool: { driver }, originalUriBaseIds: { '%SRCROOT%': { uri: toDirectoryUri(options.baseDir) } }, results }] };
  return JSON.stringify(log, null, 2);
}

function toRule(id: string, info: CodeInfo): object {
  return { id, name: toPascalCase(id), shortDescription: { text: info.description }, defaultConfiguration: { level: LEVELS[info.severity] } };
}

function toResult(diagnostic: ReportedDiagnostic, uri: string, ruleIndex: Map<string, number>): object {
  return {
    ruleId: diagnostic.code,
    ruleIndex: ruleIndex.get(diagnostic.code),
    level: LEVELS[diagnostic.severity],
    message: { text: diagnostic.message },
    locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: toRegion(diagnostic.range) } }],
  };
}

/** SARIF regions are 1-based; the end column points after the last character, as LSP's does. */
function toRegion(range: Range): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** A relative, `/`-separated, percent-encoded URI reference for a file under `baseDir`. */
function toUri(filePath: string, baseDir: string): string {
  const relative = path.relative(baseDir, path.resolve(baseDir, filePath)).split(path.sep).join('/');
  return relative.split('/').map(encodeURIComponent).join('/');
}

function toDirectoryUri(dir: string): string {
  const absolute = path.resolve(dir).split(path.sep).join('/');
  const encoded = absolute.split('/').map(encodeURIComponent).join('/');
  return `file://${encoded.startsWith('/') ? '' : '/'}${encoded}/`;
}

function toPascalCase(id: string): string {
  return id.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}
