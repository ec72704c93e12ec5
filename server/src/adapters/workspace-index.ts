import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { wildcardNameMatcher } from '../core/text/wildcard-name';
import { collectRulePaths, isUnreadable, readRuleFile, type SourceFile } from './rule-files';

/**
 * Resolves rule folder settings to existing absolute folders. Entries are relative to `root`
 * (or absolute) and a path segment may hold `*` wildcards: `rules*` finds `rules` and `rules-dfir`.
 */
export async function resolveRuleFolders(root: string, patterns: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const start = path.isAbsolute(pattern) ? path.parse(pattern).root : root;
    const segments = path.relative(start, path.resolve(root, pattern)).split(path.sep).filter(Boolean);
    for (const folder of await expandSegments(start, segments)) found.add(folder);
  }
  return [...found].sort();
}

async function expandSegments(base: string, segments: string[]): Promise<string[]> {
  if (segments.length === 0) return (await isDirectory(base)) ? [base] : [];
  const [head, ...rest] = segments;
  if (!head.includes('*')) return expandSegments(path.join(base, head), rest);
  const matcher = wildcardNameMatcher(head);
  const entries = await fs.readdir(base, { withFileTypes: true }).catch(() => []);
  const results: string[] = [];
  for (const entry of entries) if (entry.isDirectory() && matcher.test(entry.name)) results.push(...(await expandSegments(path.join(base, entry.name), rest)));
  return results;
}

async function isDirectory(folder: string): Promise<boolean> {
  return fs.stat(folder).then((stat) => stat.isDirectory(), () => false);
}

export interface IndexOptions {
  /** Rule files to read, in order. */
  paths: readonly string[];
  /** Called with each readable file; it runs synchronously between reads. */
  visit(file: SourceFile): void;
  /** Checked between chunks; indexing stops when it returns true (a newer run superseded this one). */
  isCancelled(): boolean;
  /** Files per chunk: a chunk is read in parallel, then visited, then the event loop gets a turn. */
  chunkSize?: number;
}

/**
 * Reads and visits rule files in small chunks, yielding to the event loop with `setImmediate` after each,
 * so requests about open documents are answered while a large workspace is indexed.
 */
export async function indexRuleFiles(options: IndexOptions): Promise<{ files: number; cancelled: boolean }> {
  const chunkSize = options.chunkSize ?? 16;
  let files = 0;
  for (let start = 0; start < options.paths.length; start += chunkSize) {
    if (options.isCancelled()) return { files, cancelled: true };
    const chunk = await Promise.all(options.paths.slice(start, start + chunkSize).map(readRuleFile));
    for (const file of chunk) {
      if (isUnreadable(file)) continue;
      options.visit(file);
      files++;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { files, cancelled: false };
}

/** Every `*.yml`/`*.yaml` under the folders, sorted. */
export async function listRuleFiles(folders: readonly string[]): Promise<string[]> {
  if (folders.length === 0) return [];
  return (await collectRulePaths(folders)).paths;
}
