import { formatLogsource, logsourceKey, type LogsourceParts } from './logsource-key';
import type { FieldDoc, WindowsEventSource } from './model';
import { buildNearMissTable, findNearMisses } from './near-miss';
import type { FieldOwner, IndexedField, IndexedLogsource, TaxonomyIndex } from './taxonomy-index';

/**
 * The taxonomy entry a rule's logsource selects: the exact product/category/service combination, or,
 * for a product-specific spelling of a generic category (`product: zeek, category: dns`), the generic one.
 */
export function resolveLogsource(index: TaxonomyIndex, parts: LogsourceParts): IndexedLogsource | undefined {
  const exact = index.logsources.get(logsourceKey(parts));
  if (exact || !parts.category || !parts.product) return exact;
  return index.logsources.get(logsourceKey({ category: parts.category, service: parts.service }));
}

/** The fields a logsource provides (native, enriched and the product's common ones), for completion. Empty when unknown. */
export function fieldsFor(index: TaxonomyIndex, parts: LogsourceParts): IndexedField[] {
  return [...(resolveLogsource(index, parts)?.fields.values() ?? [])];
}

/** What a hover shows for a field: its description, example values and where it comes from. */
export interface FieldDescription {
  name: string;
  logsource: string;
  description?: string;
  examples?: string[];
  enriched: boolean;
  common: boolean;
}

/** Describes `field` as provided by the logsource, or undefined when the logsource does not provide it. */
export function describeField(index: TaxonomyIndex, parts: LogsourceParts, field: string): FieldDescription | undefined {
  const logsource = resolveLogsource(index, parts);
  const known = logsource ? lookupField(logsource, field) : undefined;
  if (!logsource || !known) return undefined;
  const doc: FieldDoc | undefined = logsource.fieldInfo[known.name] ?? index.fieldInfo[known.name];
  return { name: known.name, logsource: formatLogsource(logsource), description: doc?.description, examples: doc?.examples, enriched: known.enriched, common: known.common };
}

/** The field of that exact name, or a synthetic entry when a `prefix.*` entry accepts it. O(1) plus the few prefixes. */
export function lookupField(logsource: IndexedLogsource, field: string): IndexedField | undefined {
  const exact = logsource.fields.get(field);
  if (exact) return exact;
  const prefixed = logsource.prefixes.some((prefix) => field.startsWith(prefix) || field === prefix.slice(0, -1));
  return prefixed ? { name: field, enriched: false, common: false } : undefined;
}

/** `field` with a `prefix.*` entry's spelling when it differs from one only in case (`initiatedBy.x` -> `InitiatedBy.x`). */
function prefixCaseVariant(logsource: IndexedLogsource, field: string): string | undefined {
  const lower = field.toLowerCase();
  const prefix = logsource.prefixes.find((item) => lower.startsWith(item.toLowerCase()) || lower === item.slice(0, -1).toLowerCase());
  return prefix ? prefix.slice(0, -1) + field.slice(prefix.length - 1) : undefined;
}

/** The verdict on one field name in one logsource, from the cheapest test to the most expensive. */
export type FieldVerdict =
  | { kind: 'known' }
  | { kind: 'case'; suggestion: string }
  | { kind: 'near-miss'; suggestions: string[]; owners: FieldOwner[] }
  | { kind: 'other-logsource'; owners: FieldOwner[] }
  | { kind: 'unknown' };

/** Classifies a field name against a logsource: known, a case-only variant, a near miss, another logsource's, or unknown. */
export function classifyField(index: TaxonomyIndex, logsource: IndexedLogsource, field: string): FieldVerdict {
  if (lookupField(logsource, field)) return { kind: 'known' };
  const sameLetters = logsource.lowerFields.get(field.toLowerCase())?.[0] ?? prefixCaseVariant(logsource, field);
  if (sameLetters) return { kind: 'case', suggestion: sameLetters };
  if (logsource.open) return { kind: 'known' };
  const owners = fieldOwners(index, logsource, field);
  const suggestions = findNearMisses(nearMissTable(index, logsource), field);
  const exactElsewhere = owners.some((owner) => owner.name === field);
  if (suggestions.length > 0 && !(exactElsewhere && isEditNearMiss(field, suggestions[0]))) return { kind: 'near-miss', suggestions, owners };
  if (owners.length > 0) return { kind: 'other-logsource', owners };
  return suggestions.length > 0 ? { kind: 'near-miss', suggestions, owners } : { kind: 'unknown' };
}

/** Other logsources of the same product that provide the field (case-insensitively). */
export function fieldOwners(index: TaxonomyIndex, logsource: IndexedLogsource, field: string): FieldOwner[] {
  const owners = index.owners.get(logsource.product ?? '')?.get(field.toLowerCase()) ?? [];
  return owners.filter((owner) => owner.logsource !== logsource);
}

/** Near misses of `field` among the logsource's own fields, best first. */
export function suggestFields(index: TaxonomyIndex, logsource: IndexedLogsource, field: string): string[] {
  return findNearMisses(nearMissTable(index, logsource), field);
}

/** The values a logsource part may take, optionally only those that combine with the parts already written. */
export function logsourceValues(index: TaxonomyIndex, part: keyof LogsourceParts, within: LogsourceParts = {}): string[] {
  const values = new Set<string>();
  for (const logsource of index.logsources.values()) {
    const fits = (['product', 'category', 'service'] as const).every((name) => name === part || !within[name] || logsource[name] === within[name].toLowerCase());
    const value = logsource[part];
    if (fits && value) values.add(value);
  }
  return [...values].sort();
}

/** What a hover on a logsource shows: its description, how many fields it lists and the events behind it. */
export interface LogsourceDescription {
  logsource: string;
  description?: string;
  fieldCount: number;
  /** Unknown field names pass: the list is not exhaustive. */
  open: boolean;
  events: WindowsEventSource[];
}

/** Describes the logsource a rule names, or undefined when the taxonomy does not know it. */
export function describeLogsource(index: TaxonomyIndex, parts: LogsourceParts): LogsourceDescription | undefined {
  const logsource = resolveLogsource(index, parts);
  if (!logsource) return undefined;
  return { logsource: formatLogsource(logsource), description: logsource.description, fieldCount: logsource.fields.size, open: logsource.open, events: logsource.events };
}

/**
 * The Windows channels and event ids behind a logsource (`category: process_creation` is Sysmon 1 or Security 4688),
 * for replay and the specific-versus-generic check. Empty for logsources without recorded events.
 */
export function eventSourcesOf(index: TaxonomyIndex, parts: LogsourceParts): WindowsEventSource[] {
  return resolveLogsource(index, parts)?.events ?? [];
}

/** Every indexed logsource, for listings and completion of whole logsource blocks. */
export function listLogsources(index: TaxonomyIndex): IndexedLogsource[] {
  return [...index.logsources.values()];
}

function nearMissTable(index: TaxonomyIndex, logsource: IndexedLogsource) {
  let table = index.nearMiss.get(logsource.key);
  if (!table) {
    table = buildNearMissTable(logsource.fields.keys());
    index.nearMiss.set(logsource.key, table);
  }
  return table;
}

// A suggestion by truncation (`Image` -> `ImageLoaded`) still wins over "belongs elsewhere";
// an edit-distance suggestion does not when the name is spelled exactly as another logsource spells it.
function isEditNearMiss(field: string, suggestion: string): boolean {
  return !suggestion.toLowerCase().startsWith(field.toLowerCase());
}
