import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { readValidationConfig, type ValidationConfig } from '../core/validate/config';
import { readSigmahqFilenamePatterns, type SigmahqFilenamePatterns } from '../core/validate/checks/sigmahq-filename';

/** Config files are small; anything larger is a mistake, not a configuration. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig {
  config: ValidationConfig;
  /** Problems that make the file unusable or parts of it ignored; callers treat any as bad usage. */
  errors: string[];
}

/**
 * Reads a validation configuration file, YAML or JSON (JSON is YAML), for example:
 * ```yaml
 * severities: { single-element-list: off, duplicate-id: warning }
 * exclude: ['**' + '/deprecated/**']
 * sigmahqFilename: true
 * ```
 * Never throws. A relative `sigmahqFilenamePatterns` path is resolved against the config file's folder.
 */
export async function loadValidationConfig(filePath: string): Promise<LoadedConfig> {
  let text: string;
  try {
    const stat = await fs.stat(filePath);
    if (stat.size > MAX_CONFIG_BYTES) return failed(`${filePath} is ${stat.size} bytes, too large for a configuration file`);
    text = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    return failed(`cannot read ${filePath}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = parse(text, { maxAliasCount: 100, prettyErrors: false });
  } catch (error) {
    return failed(`${filePath} is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const { config, errors } = readValidationConfig(value);
  if (config.sigmahqFilenamePatterns) config.sigmahqFilenamePatterns = path.resolve(path.dirname(filePath), config.sigmahqFilenamePatterns);
  return { config, errors: errors.map((error) => `${filePath}: ${error}`) };
}

/** Reads SigmaHQ's `sigmahq_filename.json`; a message instead of patterns when it cannot. */
export async function loadSigmahqFilenamePatterns(filePath: string): Promise<SigmahqFilenamePatterns | string> {
  try {
    const patterns = readSigmahqFilenamePatterns(JSON.parse(await fs.readFile(filePath, 'utf8')));
    return patterns ?? `${filePath} is not a sigmahq_filename.json file (no "pattern" map)`;
  } catch (error) {
    return `cannot read ${filePath}: ${(error as Error).message}`;
  }
}

function failed(message: string): LoadedConfig {
  return { config: readValidationConfig({}).config, errors: [message] };
}
