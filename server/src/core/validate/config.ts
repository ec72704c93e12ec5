import type { Severity } from '../sigma/diagnostic';
import { isRecord } from '../common/is-record';

/** A code's configured severity; `off` drops the code. */
export type SeveritySetting = Severity | 'off';

/**
 * How validation is configured, wherever it comes from (a `--config` file for the CLI, settings in the editor).
 * Every field has a default, so an empty object is a valid configuration.
 */
export interface ValidationConfig {
  /** Severity per code, overriding the code's default. */
  severities: Record<string, SeveritySetting>;
  /** Glob patterns (`*`, `**`, `?`) of paths not to check; a pattern without `/` matches a file or folder name anywhere. */
  exclude: string[];
  /** Turns on `sigmahq-filename` (off by default: the convention is SigmaHQ's, not every repository's). */
  sigmahqFilename: boolean;
  /** A SigmaHQ `sigmahq_filename.json` path, for the adapters to load; the check uses it when loaded. */
  sigmahqFilenamePatterns?: string;
}

const SEVERITY_WORDS: Record<string, SeveritySetting> = {
  off: 'off', none: 'off', hint: 'hint', info: 'information', information: 'information',
  warn: 'warning', warning: 'warning', error: 'error',
};
const CONFIG_KEYS = new Set(['severities', 'exclude', 'sigmahqFilename', 'sigmahqFilenamePatterns']);

export function defaultValidationConfig(): ValidationConfig {
  return { severities: {}, exclude: [], sigmahqFilename: false };
}

/**
 * Reads a configuration object (parsed from YAML or JSON) into a `ValidationConfig`.
 * Never throws: every problem is a message in `errors`, and the valid parts are kept.
 */
export function readValidationConfig(value: unknown): { config: ValidationConfig; errors: string[] } {
  const config = defaultValidationConfig();
  const errors: string[] = [];
  if (value === null || value === undefined) return { config, errors };
  if (!isRecord(value)) return { config, errors: ['the configuration must be a map'] };
  for (const key of Object.keys(value)) if (!CONFIG_KEYS.has(key)) errors.push(`unknown configuration key '${key}': expected ${[...CONFIG_KEYS].join(', ')}`);
  config.severities = readSeverities(value.severities, errors);
  config.exclude = readStringList(value.exclude, 'exclude', errors);
  if (value.sigmahqFilename !== undefined) {
    if (typeof value.sigmahqFilename === 'boolean') config.sigmahqFilename = value.sigmahqFilename;
    else errors.push("'sigmahqFilename' must be true or false");
  }
  if (typeof value.sigmahqFilenamePatterns === 'string') config.sigmahqFilenamePatterns = value.sigmahqFilenamePatterns;
  else if (value.sigmahqFilenamePatterns !== undefined) errors.push("'sigmahqFilenamePatterns' must be a file path");
  return { config, errors };
}

/** Reads one severity word (`off`, `hint`, `info`/`information`, `warn`/`warning`, `error`), case-insensitively. */
export function readSeverity(word: unknown): SeveritySetting | undefined {
  return typeof word === 'string' ? SEVERITY_WORDS[word.trim().toLowerCase()] : undefined;
}

function readSeverities(value: unknown, errors: string[]): Record<string, SeveritySetting> {
  const result: Record<string, SeveritySetting> = {};
  if (value === undefined || value === null) return result;
  if (!isRecord(value)) {
    errors.push("'severities' must be a map of code to off, hint, information, warning or error");
    return result;
  }
  for (const [code, word] of Object.entries(value)) {
    const severity = readSeverity(word === false ? 'off' : word);
    if (severity) result[code] = severity;
    else errors.push(`severity of '${code}' must be off, hint, information, warning or error, not '${String(word)}'`);
  }
  return result;
}

function readStringList(value: unknown, name: string, errors: string[]): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  if (list.every((item) => typeof item === 'string')) return list as string[];
  errors.push(`'${name}' must be a list of glob patterns`);
  return list.filter((item): item is string => typeof item === 'string');
}

/** The per-code severities a configuration asks for, with its toggles applied. */
export function configuredSeverities(config: ValidationConfig): Record<string, SeveritySetting> {
  const severities = { ...config.severities };
  if (config.sigmahqFilename && !severities['sigmahq-filename']) severities['sigmahq-filename'] = 'warning';
  return severities;
}

/** Whether a path matches one of the exclusion globs. Paths are compared with `/` separators. */
export function isPathExcluded(path: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return false;
  const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return patterns.some((pattern) => globToRegExp(pattern).test(normalized));
}

/** `**` spans folders, `*` and `?` stay inside one name; a pattern matches a whole path, or a whole tail of it. */
function globToRegExp(pattern: string): RegExp {
  const trimmed = pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '');
  let source = '';
  for (let i = 0; i < trimmed.length; i++) {
    const char = trimmed[i];
    if (char === '*' && trimmed[i + 1] === '*') {
      source += trimmed[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += trimmed[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`(?:^|/)${source}(?:/.*)?$`);
}
