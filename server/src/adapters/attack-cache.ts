import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { ATTACK_INDEX_FORMAT, type AttackIndex } from '../core/attack/attack-index';

/** What identifies the bundle a cached index was built from. */
export interface BundleStamp {
  size: number;
  mtimeMs: number;
  sha256: string;
}

interface CacheFile {
  stamp: BundleStamp;
  index: AttackIndex;
}

/** The default cache folder: `<os tmpdir>/sigma-workbench`. */
export function defaultCacheDir(): string {
  return path.join(os.tmpdir(), 'sigma-workbench');
}

/** One cache file per bundle path; its stamp says which version of the file the index describes. */
export function cacheFileFor(cacheDir: string, bundlePath: string): string {
  const key = createHash('sha1').update(path.resolve(bundlePath)).digest('hex').slice(0, 16);
  return path.join(cacheDir, `attack-index-${key}.json`);
}

/** The cached entry, or undefined when it is missing, unreadable or from another index format. */
export async function readCachedIndex(cacheFile: string): Promise<CacheFile | undefined> {
  try {
    const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as CacheFile;
    return cached?.index?.format === ATTACK_INDEX_FORMAT && cached.stamp ? cached : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the cache atomically (temporary file + rename), so a concurrent reader never sees half a file. Best effort. */
export async function writeCachedIndex(cacheFile: string, entry: CacheFile): Promise<string | undefined> {
  try {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, cacheFile);
    return undefined;
  } catch (error) {
    return `Could not write the ATT&CK cache ${cacheFile}: ${(error as Error).message}`;
  }
}

export function sha256Of(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
