import { promises as fs } from 'node:fs';
import type { ValidationResources } from '../core/validate/check';
import { SIGMAHQ_FILENAME_RESOURCE } from '../core/validate/checks/sigmahq-filename';
import type { ValidationConfig } from '../core/validate/config';
import { loadSigmahqFilenamePatterns } from './config-file';
import { loadValidationResources } from './validation-resources';

export interface CheckResourceOptions {
  /** Taxonomy files (ours or SigmaHQ's format), in the order given; later ones add to earlier ones. */
  taxonomyPaths: string[];
  /** An ATT&CK STIX bundle (`enterprise-attack.json`). */
  attackPath?: string;
  config: ValidationConfig;
}

/**
 * Loads everything the checks read for one `check` run: the taxonomy (bundled, plus the files given)
 * and ATT&CK data (see validation-resources.ts), and SigmaHQ's filename patterns when the configuration
 * names them. Never throws. A data file that does not exist is an error (bad usage); parts of a file the
 * loaders skipped are warnings, and the run goes on with what did load.
 */
export async function loadCheckResources(options: CheckResourceOptions): Promise<{ resources: ValidationResources; errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  for (const file of [...options.taxonomyPaths, ...(options.attackPath ? [options.attackPath] : [])]) {
    const problem = await unreadable(file);
    if (problem) errors.push(problem);
  }
  if (errors.length > 0) return { resources: {}, errors, warnings: [] };
  const { problems, ...resources } = await loadValidationResources({ taxonomyPaths: options.taxonomyPaths, attackPath: options.attackPath });
  if (options.config.sigmahqFilenamePatterns) {
    const patterns = await loadSigmahqFilenamePatterns(options.config.sigmahqFilenamePatterns);
    if (typeof patterns === 'string') errors.push(patterns);
    else resources[SIGMAHQ_FILENAME_RESOURCE] = patterns;
  }
  return { resources, errors, warnings: problems };
}

async function unreadable(file: string): Promise<string | undefined> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? undefined : `${file} is not a file`;
  } catch (error) {
    return `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`;
  }
}
