import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { Taxonomy } from '../core/taxonomy/model';
import { readTaxonomy, type TaxonomyFormat } from '../core/taxonomy/read-taxonomy';

const MAX_TAXONOMY_BYTES = 16 * 1024 * 1024;

export interface LoadedTaxonomyFile {
  taxonomy?: Taxonomy;
  format?: TaxonomyFormat;
  problems: string[];
}

/**
 * Reads a taxonomy file: SigmaHQ's `sigmahq_taxonomy.json` or `logsource.json`, or a workspace file in YAML or JSON
 * (docs/taxonomy.md). Never throws: an unreadable or malformed file gives problems and no taxonomy.
 */
export async function readTaxonomyFile(filePath: string): Promise<LoadedTaxonomyFile> {
  const text = await readFile(filePath, 'utf8').catch((error: Error) => error);
  if (text instanceof Error) return { problems: [`Cannot read the taxonomy ${filePath}: ${text.message}`] };
  if (text.length > MAX_TAXONOMY_BYTES) return { problems: [`The taxonomy ${filePath} is larger than ${MAX_TAXONOMY_BYTES} bytes; it was not read`] };
  try {
    // YAML is a superset of JSON, but JSON.parse is much faster on SigmaHQ's large files.
    const value = /\.json$/i.test(filePath) ? JSON.parse(text) : parse(text, { maxAliasCount: 100 });
    return readTaxonomy(value, filePath);
  } catch (error) {
    return { problems: [`The taxonomy ${filePath} does not parse: ${(error as Error).message.split('\n')[0]}`] };
  }
}
