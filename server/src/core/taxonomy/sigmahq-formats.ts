import type { LogsourceSpec, ProductSpec, Taxonomy } from './model';

// SigmaHQ's two taxonomy files. In both, an empty field list means "not checked", which our model
// expresses as a logsource without fields (the index treats it as open).

interface SigmahqTaxonomyEntry {
  logsource?: { product?: string | null; category?: string | null; service?: string | null };
  description?: string | null;
  field?: { native?: string[]; custom?: string[]; redundant?: string[] };
}

/** pySigma-validators-sigmaHQ `sigmahq_taxonomy.json`: `{taxonomy: {name: {logsource, field: {native, custom}}}}`. */
export function fromSigmahqTaxonomy(value: unknown, source: string): { taxonomy: Taxonomy; problems: string[] } {
  const entries = (value as { taxonomy?: Record<string, SigmahqTaxonomyEntry> })?.taxonomy;
  const logsources: LogsourceSpec[] = [];
  const problems: string[] = [];
  for (const [name, entry] of Object.entries(entries ?? {})) {
    const parts = entry?.logsource;
    if (!parts || (!parts.product && !parts.category && !parts.service)) {
      problems.push(`${source}: taxonomy entry '${name}' has no logsource`);
      continue;
    }
    logsources.push({ ...partsOf(parts), description: entry.description ?? undefined, fields: strings(entry.field?.native), enriched: strings(entry.field?.custom) });
  }
  return { taxonomy: { source, products: [], logsources }, problems };
}

interface SigmahqProductFields {
  common?: string[];
  category?: Record<string, string[]>;
  service?: Record<string, string[]>;
}

/** SigmaHQ's CI `logsource.json`: `{legit: {product: {common, category, service}}, addon: {...}}`; product `empty` means none. */
export function fromSigmahqLogsource(value: unknown, source: string): { taxonomy: Taxonomy; problems: string[] } {
  const root = value as { legit?: Record<string, SigmahqProductFields>; addon?: Record<string, SigmahqProductFields> };
  const products: ProductSpec[] = [];
  const logsources: LogsourceSpec[] = [];
  for (const [product, fields] of Object.entries(root?.legit ?? {})) {
    const name = product === 'empty' ? undefined : product;
    if (name) products.push({ name, fields: strings(fields?.common) });
    logsources.push(...specsOf(name, fields, 'fields'));
  }
  for (const [product, fields] of Object.entries(root?.addon ?? {})) logsources.push(...specsOf(product === 'empty' ? undefined : product, fields, 'enriched'));
  const problems = root?.legit ? [] : [`${source}: no "legit" section, so no logsources were read`];
  return { taxonomy: { source, products, logsources }, problems };
}

function specsOf(product: string | undefined, fields: SigmahqProductFields | undefined, as: 'fields' | 'enriched'): LogsourceSpec[] {
  const specs: LogsourceSpec[] = [];
  for (const [category, names] of Object.entries(fields?.category ?? {})) specs.push({ product, category, fields: [], [as]: strings(names) });
  for (const [service, names] of Object.entries(fields?.service ?? {})) specs.push({ product, service, fields: [], [as]: strings(names) });
  return specs;
}

function partsOf(parts: NonNullable<SigmahqTaxonomyEntry['logsource']>) {
  return { product: parts.product ?? undefined, category: parts.category ?? undefined, service: parts.service ?? undefined };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
