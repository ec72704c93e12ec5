import type { FieldDoc, LogsourceSpec, ProductSpec, Taxonomy, WindowsEventSource } from './model';
import { logsourceKey, type LogsourceParts } from './logsource-key';
import type { NearMissTable } from './near-miss';

/** One field of an indexed logsource. */
export interface IndexedField {
  name: string;
  /** Added by enrichment pipelines rather than by the source itself. */
  enriched: boolean;
  /** Common to every logsource of the product (the Windows `System` section). */
  common: boolean;
}

/** A logsource with precomputed lookups: exact names, lowercased names and sub-path prefixes. */
export interface IndexedLogsource extends LogsourceParts {
  key: string;
  description?: string;
  fields: Map<string, IndexedField>;
  /** Lowercased name to the names that spell it, for the case-only check. */
  lowerFields: Map<string, string[]>;
  /** Prefixes from `name.*` entries, each ending in a dot, as written. */
  prefixes: string[];
  /** Unknown names pass: the list is not exhaustive (or empty). */
  open: boolean;
  events: WindowsEventSource[];
  fieldInfo: Record<string, FieldDoc>;
}

/** Which logsource of a product provides a field (by lowercased name), for "belongs to another logsource". */
export interface FieldOwner {
  logsource: IndexedLogsource;
  name: string;
}

/** The merged, indexed taxonomy the checks, hovers and completions read. Immutable once built. */
export interface TaxonomyIndex {
  logsources: Map<string, IndexedLogsource>;
  products: Map<string, ProductSpec>;
  /** Every value seen for each logsource part, lowercased, for the unknown-value check. */
  values: { product: Set<string>; category: Set<string>; service: Set<string> };
  /** product -> lowercased field name -> the logsources that provide it. */
  owners: Map<string, Map<string, FieldOwner[]>>;
  fieldInfo: Record<string, FieldDoc>;
  sources: string[];
  /** Near-miss tables, built on first use per logsource key (a memo of immutable data, not state). */
  nearMiss: Map<string, NearMissTable>;
}

interface MergedSpec {
  parts: LogsourceParts;
  description?: string;
  fields: Set<string>;
  enriched: Set<string>;
  open?: boolean;
  events: WindowsEventSource[];
  fieldInfo: Record<string, FieldDoc>;
}

/**
 * Merges taxonomy layers in order (later layers add fields and override descriptions; a layer with
 * `replace` drops the earlier ones) and precomputes every lookup the checks need.
 */
export function buildTaxonomyIndex(layers: readonly Taxonomy[]): TaxonomyIndex {
  const start = layers.reduce((last, layer, i) => (layer.replace ? i : last), 0);
  const kept = layers.slice(start);
  const specs = new Map<string, MergedSpec>();
  const products = new Map<string, ProductSpec>();
  const fieldInfo: Record<string, FieldDoc> = {};
  for (const layer of kept) {
    for (const spec of layer.logsources) mergeSpec(specs, spec);
    for (const product of layer.products) mergeProduct(products, product);
    Object.assign(fieldInfo, layer.fieldInfo ?? {});
  }
  for (const product of products.values()) addProductWide(specs, product);
  const logsources = new Map([...specs].map(([key, spec]) => [key, indexSpec(key, spec, products)]));
  return { logsources, products, values: collectValues(logsources), owners: collectOwners(logsources), fieldInfo, sources: kept.map((layer) => layer.source), nearMiss: new Map() };
}

function mergeSpec(specs: Map<string, MergedSpec>, spec: LogsourceSpec): void {
  const key = logsourceKey(spec);
  const parts = { product: spec.product?.toLowerCase(), category: spec.category?.toLowerCase(), service: spec.service?.toLowerCase() };
  const merged = specs.get(key) ?? { parts, fields: new Set<string>(), enriched: new Set<string>(), events: [], fieldInfo: {} };
  for (const name of spec.fields) merged.fields.add(name);
  for (const name of spec.enriched ?? []) merged.enriched.add(name);
  if (spec.description) merged.description = spec.description;
  if (spec.open !== undefined) merged.open = spec.open;
  if (spec.events) merged.events = spec.events;
  Object.assign(merged.fieldInfo, spec.fieldInfo ?? {});
  specs.set(key, merged);
}

/** A rule may name only a product (`product: windows`): any event of the product, so no field is unknown. */
function addProductWide(specs: Map<string, MergedSpec>, product: ProductSpec): void {
  const key = logsourceKey({ product: product.name });
  if (specs.has(key)) return;
  specs.set(key, { parts: { product: product.name }, description: product.description, fields: new Set(), enriched: new Set(), open: true, events: [], fieldInfo: {} });
}

function mergeProduct(products: Map<string, ProductSpec>, product: ProductSpec): void {
  const name = product.name.toLowerCase();
  const existing = products.get(name);
  const fields = [...new Set([...(existing?.fields ?? []), ...product.fields])];
  products.set(name, { name, description: product.description ?? existing?.description, fields });
}

function indexSpec(key: string, spec: MergedSpec, products: Map<string, ProductSpec>): IndexedLogsource {
  const fields = new Map<string, IndexedField>();
  const prefixes: string[] = [];
  const add = (name: string, enriched: boolean, common: boolean) => {
    if (name.endsWith('.*')) prefixes.push(name.slice(0, -1));
    else if (!fields.has(name)) fields.set(name, { name, enriched, common });
  };
  for (const name of spec.fields) add(name, false, false);
  for (const name of spec.enriched) add(name, true, false);
  for (const name of products.get(spec.parts.product ?? '')?.fields ?? []) add(name, false, true);
  const open = spec.open === true || (spec.fields.size === 0 && spec.enriched.size === 0);
  return { key, ...spec.parts, description: spec.description, fields, lowerFields: lowerNames(fields), prefixes, open, events: spec.events, fieldInfo: spec.fieldInfo };
}

function lowerNames(fields: Map<string, IndexedField>): Map<string, string[]> {
  const lower = new Map<string, string[]>();
  for (const name of fields.keys()) {
    const list = lower.get(name.toLowerCase()) ?? [];
    list.push(name);
    lower.set(name.toLowerCase(), list);
  }
  return lower;
}

function collectValues(logsources: Map<string, IndexedLogsource>): TaxonomyIndex['values'] {
  const values = { product: new Set<string>(), category: new Set<string>(), service: new Set<string>() };
  for (const logsource of logsources.values()) {
    if (logsource.product) values.product.add(logsource.product);
    if (logsource.category) values.category.add(logsource.category);
    if (logsource.service) values.service.add(logsource.service);
  }
  return values;
}

function collectOwners(logsources: Map<string, IndexedLogsource>): TaxonomyIndex['owners'] {
  const owners = new Map<string, Map<string, FieldOwner[]>>();
  for (const logsource of logsources.values()) {
    const product = logsource.product ?? '';
    const byName = owners.get(product) ?? new Map<string, FieldOwner[]>();
    owners.set(product, byName);
    for (const field of logsource.fields.values()) {
      if (field.common) continue;
      const lower = field.name.toLowerCase();
      byName.set(lower, [...(byName.get(lower) ?? []), { logsource, name: field.name }]);
    }
  }
  return owners;
}
