import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface SourceFile {
  path: string;
  text: string;
}

export interface UnreadableFile {
  path: string;
  reason: string;
}

const RULE_EXTENSIONS = /\.ya?ml$/i;
/** Anything larger is not a rule someone wrote; reading it whole would only waste memory. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Expands files and folders (recursively, `*.yml` and `*.yaml`) into a sorted, de-duplicated list of paths. */
export async function collectRulePaths(inputs: readonly string[]): Promise<{ paths: string[]; missing: UnreadableFile[] }> {
  const paths = new Set<string>();
  const missing: UnreadableFile[] = [];
  for (const input of inputs) {
    try {
      const stat = await fs.stat(input);
      if (stat.isDirectory()) for (const file of await walkYaml(input)) paths.add(file);
      else paths.add(input);
    } catch (error) {
      missing.push({ path: input, reason: describeFsError(error) });
    }
  }
  return { paths: [...paths].sort(), missing };
}

async function walkYaml(folder: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await fs.readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...(await walkYaml(full)));
    else if (entry.isFile() && RULE_EXTENSIONS.test(entry.name)) found.push(full);
  }
  return found;
}

/** Reads a rule file as UTF-8 text, refusing binaries and oversized files with a reason instead of an exception. */
export async function readRuleFile(filePath: string): Promise<SourceFile | UnreadableFile> {
  try {
    const stat = await fs.stat(filePath);
    if (stat.size > MAX_FILE_BYTES) return { path: filePath, reason: `file is ${stat.size} bytes, larger than the ${MAX_FILE_BYTES} bytes a rule file may have` };
    const bytes = await fs.readFile(filePath);
    if (bytes.includes(0)) return { path: filePath, reason: 'file is binary (it contains NUL bytes), not YAML text' };
    return { path: filePath, text: stripBom(bytes.toString('utf8')) };
  } catch (error) {
    return { path: filePath, reason: describeFsError(error) };
  }
}

export function isUnreadable(file: SourceFile | UnreadableFile): file is UnreadableFile {
  return 'reason' in file;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error)?.message ?? String(error);
}
