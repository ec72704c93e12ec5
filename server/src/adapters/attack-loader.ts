import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { emptyAttackIndex, type AttackIndex } from '../core/attack/attack-index';
import { buildAttackIndex } from '../core/attack/build-attack-index';
import { cacheFileFor, defaultCacheDir, readCachedIndex, sha256Of, writeCachedIndex } from './attack-cache';

export interface LoadAttackOptions {
  /** Where compact indexes are cached; defaults to `<os tmpdir>/sigma-workbench`. `false` disables the cache. */
  cacheDir?: string | false;
  /** The ATT&CK release when neither the bundle nor its file name says (`enterprise-attack-18.1.json` says 18.1). */
  version?: string;
}

export interface LoadedAttack {
  index: AttackIndex;
  /** `cache` when the compact index was reused, `bundle` when the bundle was parsed. */
  from: 'cache' | 'bundle' | 'none';
  problems: string[];
}

/**
 * Loads the ATT&CK index for a STIX bundle: from the cache when the bundle's size and mtime (or, after a touch,
 * its sha256) match, otherwise by parsing the bundle once and caching the compact index. Never throws.
 */
export async function loadAttackIndex(bundlePath: string, options: LoadAttackOptions = {}): Promise<LoadedAttack> {
  const info = await stat(bundlePath).catch((error: Error) => error);
  if (info instanceof Error) return failed(`Cannot read the ATT&CK bundle ${bundlePath}: ${info.message}`);
  const cacheFile = options.cacheDir === false ? undefined : cacheFileFor(options.cacheDir ?? defaultCacheDir(), bundlePath);
  const cached = cacheFile ? await readCachedIndex(cacheFile) : undefined;
  if (cached && cached.stamp.size === info.size && cached.stamp.mtimeMs === info.mtimeMs) return { index: cached.index, from: 'cache', problems: [] };
  const data = await readFile(bundlePath).catch((error: Error) => error);
  if (data instanceof Error) return failed(`Cannot read the ATT&CK bundle ${bundlePath}: ${data.message}`);
  const stamp = { size: info.size, mtimeMs: info.mtimeMs, sha256: sha256Of(data) };
  if (cached && cached.stamp.sha256 === stamp.sha256) return reuse(cacheFile!, { stamp, index: cached.index });
  const index = parseBundle(data, options.version ?? versionFromFileName(bundlePath));
  const problems = index.problems.map((problem) => `${bundlePath}: ${problem}`);
  // An unreadable bundle must not make every tag "unknown": report it and load nothing.
  if (Object.keys(index.techniques).length === 0 && problems.length > 0) return { index, from: 'none', problems };
  const cacheProblem = cacheFile && problems.length === 0 ? await writeCachedIndex(cacheFile, { stamp, index }) : undefined;
  return { index, from: 'bundle', problems: cacheProblem ? [...problems, cacheProblem] : problems };
}

function parseBundle(data: Buffer, version: string | undefined): AttackIndex {
  try {
    return buildAttackIndex(JSON.parse(data.toString('utf8')), { version });
  } catch (error) {
    return emptyAttackIndex(version, [`not valid JSON: ${(error as Error).message}`]);
  }
}

async function reuse(cacheFile: string, entry: { stamp: { size: number; mtimeMs: number; sha256: string }; index: AttackIndex }): Promise<LoadedAttack> {
  const problem = await writeCachedIndex(cacheFile, entry);
  return { index: entry.index, from: 'cache', problems: problem ? [problem] : [] };
}

function failed(problem: string): LoadedAttack {
  return { index: emptyAttackIndex('unknown', [problem]), from: 'none', problems: [problem] };
}

/** `enterprise-attack-18.1.json` -> `18.1`; MITRE's cti bundles carry no release number of their own. */
export function versionFromFileName(bundlePath: string): string | undefined {
  return path.basename(bundlePath).match(/(\d+(?:\.\d+)+|v\d+)(?=\.json$|[-_])/i)?.[1]?.replace(/^v/i, '');
}
