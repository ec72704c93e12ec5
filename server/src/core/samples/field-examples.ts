import type { ReplayEvent } from '../replay/event-context';
import { classifyEvent, type EventSource, type LogsourceHint } from '../replay/logsource-scope';
import { logsourceKey, type LogsourceParts } from '../taxonomy/logsource-key';

/** How much the index keeps, so its memory stays small whatever the size of the sample library. */
export interface FieldExampleLimits {
  /** Distinct values kept per field and logsource. */
  valuesPerField: number;
  /** Longer values are cut and end with `…`. */
  maxValueLength: number;
  /** Fields kept per logsource; later fields are ignored. */
  fieldsPerLogsource: number;
  /** Nesting depth followed into objects (`client.geographicalContext.city` is depth 3). */
  maxDepth: number;
}

export const DEFAULT_FIELD_EXAMPLE_LIMITS: FieldExampleLimits = { valuesPerField: 3, maxValueLength: 80, fieldsPerLogsource: 400, maxDepth: 6 };

interface FieldEntry {
  values: string[];
}

/**
 * Example values per logsource and field, first seen first. Logsources are keyed as the taxonomy keys them
 * (`logsourceKey`), fields by their lowercased name, so a hover on `image` still finds `Image`.
 */
export interface FieldExamples {
  readonly limits: FieldExampleLimits;
  readonly byLogsource: Map<string, Map<string, FieldEntry>>;
  /** Events added, whether or not they taught the index anything. */
  events: number;
}

/** An event as the log readers produce it, with the logsource its manifest gave its file. */
export interface HintedEvent {
  event: ReplayEvent;
  hint?: LogsourceHint;
}

/** An empty index; fill it with `addEventExamples`. */
export function createFieldExamples(limits: Partial<FieldExampleLimits> = {}): FieldExamples {
  return { limits: { ...DEFAULT_FIELD_EXAMPLE_LIMITS, ...limits }, byLogsource: new Map(), events: 0 };
}

/** The index of a batch of events, for callers that hold them all. */
export function buildFieldExamples(events: Iterable<HintedEvent>, limits: Partial<FieldExampleLimits> = {}): FieldExamples {
  const index = createFieldExamples(limits);
  for (const { event, hint } of events) addEventExamples(index, event, hint);
  return index;
}

/**
 * Adds the values of one event under every logsource a rule could name it by. The replay engine's own
 * classification decides what the event is, so hover examples and replay agree on which rules see it.
 * Events of unknown origin teach nothing: their values would land under no logsource.
 */
export function addEventExamples(index: FieldExamples, event: ReplayEvent, hint?: LogsourceHint): void {
  index.events++;
  const classified = classifyEvent(event, hint);
  const tables = logsourceKeysOf(classified.source).map((key) => tableFor(index, key));
  if (tables.length === 0) return;
  for (const [field, value] of scalarFields(classified.event, index.limits.maxDepth)) {
    const name = field.toLowerCase();
    // Most fields fill up within the first events; skipping them early keeps the rest of the read cheap.
    const open = tables.filter((table) => hasRoom(table, name, index.limits));
    const shown = open.length ? displayValue(value, index.limits.maxValueLength) : undefined;
    if (shown !== undefined) for (const table of open) recordValue(table, name, shown);
  }
}

/**
 * The example values of a field for a rule's logsource, or none. The exact logsource first, then the
 * same without its service, then the category alone, as the taxonomy falls back; every step is a map lookup.
 */
export function fieldExamplesFor(index: FieldExamples, logsource: LogsourceParts, field: string): string[] {
  const name = field.toLowerCase();
  for (const parts of lookupOrder(logsource)) {
    const values = index.byLogsource.get(logsourceKey(parts))?.get(name)?.values;
    if (values) return values;
  }
  return [];
}

function lookupOrder(logsource: LogsourceParts): LogsourceParts[] {
  const order: LogsourceParts[] = [logsource];
  if (logsource.category && logsource.service) order.push({ product: logsource.product, category: logsource.category });
  if (logsource.category && logsource.product) order.push({ category: logsource.category });
  return order;
}

/**
 * Every logsource key a rule for this event could use: product and category, the category alone (rules
 * without a product), product and service, and the product alone. Duplicates cannot arise: the parts differ.
 */
function logsourceKeysOf(source: EventSource | undefined): string[] {
  if (!source) return [];
  const { product, service } = source;
  const keys = (source.categories ?? []).flatMap((category) => [logsourceKey({ product, category }), ...(product ? [logsourceKey({ category })] : [])]);
  if (service) keys.push(logsourceKey({ product, service }));
  if (product) keys.push(logsourceKey({ product }));
  return keys;
}

function tableFor(index: FieldExamples, key: string): Map<string, FieldEntry> {
  let table = index.byLogsource.get(key);
  if (!table) {
    table = new Map();
    index.byLogsource.set(key, table);
  }
  return table;
}

function hasRoom(table: Map<string, FieldEntry>, name: string, limits: FieldExampleLimits): boolean {
  const entry = table.get(name);
  return entry ? entry.values.length < limits.valuesPerField : table.size < limits.fieldsPerLogsource;
}

/** Adds a value to a field that `hasRoom` said has room. */
function recordValue(table: Map<string, FieldEntry>, name: string, value: string): void {
  let entry = table.get(name);
  if (!entry) {
    entry = { values: [] };
    table.set(name, entry);
  }
  if (!entry.values.includes(value)) entry.values.push(value);
}

/**
 * The scalar leaves of an event under their Sigma field names: dotted paths into objects, and a list's
 * elements under the list's own path (Okta's `target.alternateId`), as the replay engine reads them.
 */
function* scalarFields(node: unknown, maxDepth: number, prefix = '', depth = 0): Generator<[string, unknown]> {
  if (Array.isArray(node)) {
    for (const item of node) yield* scalarFields(item, maxDepth, prefix, depth);
  } else if (node !== null && typeof node === 'object') {
    if (depth >= maxDepth) return;
    for (const [key, value] of Object.entries(node)) yield* scalarFields(value, maxDepth, prefix ? `${prefix}.${key}` : key, depth + 1);
  } else if (prefix) {
    yield [prefix, node];
  }
}

/**
 * A value as a hover shows it: whitespace runs become one space, long values are cut. Empty values,
 * nulls and Windows' `-` placeholder say nothing about a field, so they are skipped.
 */
function displayValue(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  // Only the head can be shown, so a long script block is not normalised in full.
  const text = String(value).slice(0, maxLength * 4).replace(/\s+/g, ' ').trim();
  if (text === '' || text === '-') return undefined;
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
