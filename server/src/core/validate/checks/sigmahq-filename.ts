import type { SigmaRule } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';

/** The file name rule of SigmaHQ's CI: lowercase letters, digits and `_`, 10 to 90 characters, `.yml`. */
const SIGMAHQ_NAME = /^[a-z0-9_]{10,90}\.yml$/;

/** SigmaHQ's filename prefixes per logsource, read from its `sigmahq_filename.json` (`pattern.<key>.{logsource, prefix}`). */
export interface SigmahqFilenamePatterns {
  /** Key `product_category_service` with `none` for an absent part, as in SigmaHQ's file. */
  prefixes: Map<string, string>;
}

/** The resource name under which the adapters put loaded `SigmahqFilenamePatterns`. */
export const SIGMAHQ_FILENAME_RESOURCE = 'sigmahqFilename';

/**
 * SigmaHQ's filename convention. Off by default (a convention of one repository);
 * the configuration's `sigmahqFilename: true` turns it on. The prefix check needs the patterns file.
 */
export const sigmahqFilenameCheck: Check = {
  codes: {
    'sigmahq-filename': { severity: 'off', description: "The file name does not follow SigmaHQ's convention (lowercase, logsource prefix)." },
  },
  run(context: CheckContext): Finding[] {
    if (!context.path || context.rule.documentIndex > 0) return [];
    const name = context.path.replace(/\\/g, '/').split('/').pop() ?? '';
    const range = context.rule.title?.range ?? context.rule.range;
    if (!SIGMAHQ_NAME.test(name)) {
      return [{ code: 'sigmahq-filename', message: `'${name}' does not follow SigmaHQ's file naming: 10 to 90 lowercase letters, digits or '_', ending in .yml`, range }];
    }
    const prefix = expectedPrefix(context.rule, context.resources[SIGMAHQ_FILENAME_RESOURCE] as SigmahqFilenamePatterns | undefined);
    if (prefix === undefined || name.startsWith(prefix)) return [];
    return [{ code: 'sigmahq-filename', message: `SigmaHQ names files for this logsource with the prefix '${prefix}'`, range, data: { prefix } }];
  },
};

function expectedPrefix(rule: SigmaRule, patterns: SigmahqFilenamePatterns | undefined): string | undefined {
  if (!patterns || !rule.logsource) return undefined;
  const part = (value: string | undefined): string => value ?? 'none';
  const key = `${part(rule.logsource.product?.value)}_${part(rule.logsource.category?.value)}_${part(rule.logsource.service?.value)}`;
  return patterns.prefixes.get(key);
}

/** Reads SigmaHQ's `sigmahq_filename.json` content; undefined when it has another shape. */
export function readSigmahqFilenamePatterns(json: unknown): SigmahqFilenamePatterns | undefined {
  const pattern = (json as { pattern?: unknown } | null)?.pattern;
  if (typeof pattern !== 'object' || pattern === null) return undefined;
  const prefixes = new Map<string, string>();
  for (const [key, entry] of Object.entries(pattern as Record<string, { prefix?: unknown }>)) {
    if (typeof entry?.prefix === 'string') prefixes.set(key, entry.prefix);
  }
  return { prefixes };
}
