import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { LogsourceHint } from '../../core/replay/logsource-scope';

/** An events file to replay, with the logsource its sample manifest (or the user) gave it. */
export interface EventFile {
  path: string;
  hint?: LogsourceHint;
}

export interface CollectedEventFiles {
  files: EventFile[];
  missing: { path: string; reason: string }[];
}

const EVENT_FILE = /\.(jsonl|ndjson|json|evtx)(\.gz)?$/i;
const MANIFEST = 'manifest.yml';

/**
 * Expands files and folders into events files. A folder with a `manifest.yml` (a sample scenario)
 * contributes the files its manifest lists, labelled with their logsource; other folders contribute
 * every `.jsonl`, `.ndjson`, `.json` and `.evtx` file (gzipped or not), recursively.
 * `fallbackHint` labels files that no manifest describes (the CLI's `--logsource`).
 */
export async function collectEventFiles(inputs: readonly string[], options: { fallbackHint?: LogsourceHint } = {}): Promise<CollectedEventFiles> {
  const files = new Map<string, EventFile>();
  const missing: CollectedEventFiles['missing'] = [];
  for (const input of inputs) {
    try {
      const stat = await fs.stat(input);
      const found = stat.isDirectory() ? await walkFolder(input) : [await describeFile(input)];
      for (const file of found) if (!files.has(file.path)) files.set(file.path, file);
    } catch (error) {
      missing.push({ path: input, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message });
    }
  }
  const list = [...files.values()].sort((a, b) => a.path.localeCompare(b.path));
  return { files: list.map((file) => (file.hint || !options.fallbackHint ? file : { ...file, hint: options.fallbackHint })), missing };
}

async function walkFolder(folder: string): Promise<EventFile[]> {
  const manifest = await readManifest(folder);
  if (manifest && manifest.length) return manifest;
  const found: EventFile[] = [];
  const entries = (await fs.readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...(await walkFolder(full)));
    else if (entry.isFile() && EVENT_FILE.test(entry.name)) found.push({ path: full });
  }
  return found;
}

/** A single file: labelled if the manifest beside it lists it. */
async function describeFile(file: string): Promise<EventFile> {
  const listed = await readManifest(path.dirname(file));
  return listed?.find((entry) => path.resolve(entry.path) === path.resolve(file)) ?? { path: file };
}

/** The files a scenario manifest lists, or undefined without a readable manifest. */
export async function readManifest(folder: string): Promise<EventFile[] | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path.join(folder, MANIFEST), 'utf8');
  } catch {
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch {
    return undefined;
  }
  const entries = (data as { files?: unknown })?.files;
  if (!Array.isArray(entries)) return undefined;
  return entries.flatMap((entry) => {
    if (typeof entry?.path !== 'string') return [];
    return [{ path: path.join(folder, entry.path), hint: hintOf(entry.logsource) }];
  });
}

function hintOf(value: unknown): LogsourceHint | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  return { product: text('product'), category: text('category'), service: text('service') };
}
