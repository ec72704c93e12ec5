import type { AttackIndex } from '../core/attack/attack-index';
import { BUNDLED_TAXONOMY } from '../core/taxonomy/data/bundled-taxonomy';
import { bundledTaxonomyIndex } from '../core/taxonomy/default-taxonomy';
import type { Taxonomy } from '../core/taxonomy/model';
import { buildTaxonomyIndex, type TaxonomyIndex } from '../core/taxonomy/taxonomy-index';
import type { ValidationResources } from '../core/validate/check';
import { loadAttackIndex } from './attack-loader';
import { readTaxonomyFile } from './taxonomy-files';

export interface ValidationResourceOptions {
  /** Taxonomy files merged on top of the bundled taxonomy, in order (SigmaHQ formats or the workspace format). */
  taxonomyPaths?: string[];
  /** False drops our bundled taxonomy, so only the files count (a file with `replace: true` does the same). */
  bundledTaxonomy?: boolean;
  /** A MITRE ATT&CK STIX bundle (`enterprise-attack.json`); without it the ATT&CK checks report nothing. */
  attackPath?: string;
  /** The ATT&CK release, when neither the bundle nor its file name says. */
  attackVersion?: string;
  /** Where the compact ATT&CK index is cached; defaults to `<os tmpdir>/sigma-workbench`. */
  cacheDir?: string;
}

/** The resources the field, logsource and ATT&CK checks read, plus what went wrong loading them. */
export interface LoadedValidationResources extends ValidationResources {
  taxonomy: TaxonomyIndex;
  attack?: AttackIndex;
  /** Files that could not be read or parts of them that were skipped; the CLI prints them, the server logs them. */
  problems: string[];
}

/**
 * Loads the taxonomy layers and the ATT&CK index for `validateFile`'s `resources`.
 * Never throws: unreadable files become `problems` and the checks fall back to what did load.
 * The ATT&CK index is cached on disk, so only the first load of a bundle parses it (see attack-loader.ts).
 */
export async function loadValidationResources(options: ValidationResourceOptions = {}): Promise<LoadedValidationResources> {
  const problems: string[] = [];
  const taxonomy = await loadTaxonomy(options, problems);
  if (!options.attackPath) return { taxonomy, problems };
  const attack = await loadAttackIndex(options.attackPath, { cacheDir: options.cacheDir, version: options.attackVersion });
  problems.push(...attack.problems);
  return { taxonomy, attack: attack.from === 'none' ? undefined : attack.index, problems };
}

async function loadTaxonomy(options: ValidationResourceOptions, problems: string[]): Promise<TaxonomyIndex> {
  const paths = options.taxonomyPaths ?? [];
  const useBundled = options.bundledTaxonomy !== false;
  if (paths.length === 0 && useBundled) return bundledTaxonomyIndex();
  const layers: Taxonomy[] = useBundled ? [BUNDLED_TAXONOMY] : [];
  for (const filePath of paths) {
    const loaded = await readTaxonomyFile(filePath);
    problems.push(...loaded.problems);
    if (loaded.taxonomy) layers.push(loaded.taxonomy);
  }
  return buildTaxonomyIndex(layers);
}
