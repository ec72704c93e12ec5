import type { Taxonomy } from './model';
import { fromSigmahqLogsource, fromSigmahqTaxonomy } from './sigmahq-formats';
import { fromWorkspaceTaxonomy } from './workspace-taxonomy';

export type TaxonomyFormat = 'sigmahq-taxonomy' | 'sigmahq-logsource' | 'workspace';

/** Tells the three accepted formats apart by their top-level keys. */
export function detectTaxonomyFormat(value: unknown): TaxonomyFormat {
  const root = value as Record<string, unknown> | null;
  if (root && typeof root === 'object' && typeof root.taxonomy === 'object' && root.taxonomy !== null) return 'sigmahq-taxonomy';
  if (root && typeof root === 'object' && typeof root.legit === 'object' && root.legit !== null) return 'sigmahq-logsource';
  return 'workspace';
}

/** Reads a parsed taxonomy file of any accepted format. Never throws; problems describe what was skipped. */
export function readTaxonomy(value: unknown, source: string): { taxonomy: Taxonomy; format: TaxonomyFormat; problems: string[] } {
  const format = detectTaxonomyFormat(value);
  const read = format === 'sigmahq-taxonomy' ? fromSigmahqTaxonomy : format === 'sigmahq-logsource' ? fromSigmahqLogsource : fromWorkspaceTaxonomy;
  return { ...read(value, source), format };
}
