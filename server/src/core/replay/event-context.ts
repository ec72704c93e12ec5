/** A flat or nested JSON event, as the log readers produce it. */
export type ReplayEvent = Record<string, unknown>;

/**
 * One event under evaluation. Field values are looked up and lowercased at most once per event,
 * however many rules ask for them: that is most of the replay engine's speed.
 */
export class EventContext {
  // Created on first use: many events are ruled out by the prefilter before any field is cached.
  // One map for raw and lowercased strings: a lookup and a map fewer per event than a map for each.
  private fields?: Map<string, FieldStrings>;
  private allStrings?: string[];
  private allLower?: string[];

  constructor(readonly event: ReplayEvent) {}

  /** The raw value of a field: a key of the event first, then a dotted path into nested objects. */
  value(field: string): unknown {
    return fieldValue(this.event, field);
  }

  /** The scalar values of a field as strings (arrays give one string per scalar element); empty when absent or null. */
  stringsOf(field: string): string[] {
    return this.cached(field).raw;
  }

  /** `stringsOf` lowercased, computed once per field and event. */
  lowerOf(field: string): string[] {
    const cached = this.cached(field);
    if (cached.lower === undefined) cached.lower = cached.raw.length === 1 ? [cached.raw[0].toLowerCase()] : cached.raw.map((text) => text.toLowerCase());
    return cached.lower;
  }

  private cached(field: string): FieldStrings {
    this.fields ??= new Map();
    let found = this.fields.get(field);
    if (found === undefined) {
      found = { raw: scalarStrings(this.value(field)), lower: undefined };
      this.fields.set(field, found);
    }
    return found;
  }

  /** Every string, number and boolean anywhere in the event, for keyword searches. */
  everyString(): string[] {
    if (!this.allStrings) {
      this.allStrings = [];
      collectStrings(this.event, this.allStrings, 0);
    }
    return this.allStrings;
  }

  /** `everyString` lowercased, once per event. */
  everyLower(): string[] {
    if (!this.allLower) this.allLower = this.everyString().map((text) => text.toLowerCase());
    return this.allLower;
  }
}

interface FieldStrings {
  raw: string[];
  lower: string[] | undefined;
}

/** Reads a field by exact key, else by dotted path (`userIdentity.type`), else undefined. */
export function fieldValue(event: ReplayEvent, field: string): unknown {
  const direct = event[field];
  if (direct !== undefined || !field.includes('.')) return direct;
  if (Object.prototype.hasOwnProperty.call(event, field)) return direct;
  return dottedValue(event, field.split('.'), 0);
}

function dottedValue(node: unknown, parts: string[], index: number): unknown {
  if (index === parts.length) return node;
  if (Array.isArray(node)) return valuesInList(node, parts, index);
  if (node === null || typeof node !== 'object') return undefined;
  const record = node as Record<string, unknown>;
  // A key may itself contain dots (`userIdentity.sessionContext` flattened half-way), so try the longest key first.
  for (let end = parts.length; end > index; end--) {
    const key = parts.slice(index, end).join('.');
    if (Object.prototype.hasOwnProperty.call(record, key)) {
      const found = dottedValue(record[key], parts, end);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * A path that meets a list reads it in every element (Okta's `target.alternateId`, where `target` is a list
 * of objects), so any element can match, as search backends treat arrays of objects.
 */
function valuesInList(list: unknown[], parts: string[], index: number): unknown {
  const found = list.map((item) => dottedValue(item, parts, index)).filter((value) => value !== undefined);
  if (found.length === 0) return undefined;
  return found.length === 1 ? found[0] : found.flat();
}

/** Scalars as strings: numbers and booleans in their JSON spelling; arrays flattened one level deep. */
export function scalarStrings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return [String(value)];
  if (Array.isArray(value)) return value.flatMap((item) => (Array.isArray(item) ? [] : scalarStrings(item)));
  return [];
}

function collectStrings(node: unknown, into: string[], depth: number): void {
  if (depth > 64 || node === null || node === undefined) return;
  if (typeof node === 'string') into.push(node);
  else if (typeof node === 'number' || typeof node === 'boolean') into.push(String(node));
  else if (Array.isArray(node)) for (const item of node) collectStrings(item, into, depth + 1);
  else if (typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const key in record) collectStrings(record[key], into, depth + 1);
  }
}
