import { editDistance } from '../text/edit-distance';

/**
 * Near-miss search over one logsource's field names, precomputed once per logsource:
 * a symmetric-delete table (every lowercased name and its one-character deletions) finds candidates in
 * O(length of the query), and a sorted list finds names the query is a truncation of (`Image` for `ImageLoaded`).
 */
export interface NearMissTable {
  deletions: Map<string, string[]>;
  sortedLower: { lower: string; name: string }[];
}

const MIN_PREFIX_LENGTH = 4;

export function buildNearMissTable(names: Iterable<string>): NearMissTable {
  const deletions = new Map<string, string[]>();
  const sortedLower: { lower: string; name: string }[] = [];
  for (const name of names) {
    const lower = name.toLowerCase();
    sortedLower.push({ lower, name });
    for (const variant of new Set([lower, ...deleteOne(lower)])) {
      const list = deletions.get(variant) ?? [];
      list.push(name);
      deletions.set(variant, list);
    }
  }
  sortedLower.sort((a, b) => (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0));
  return { deletions, sortedLower };
}

/** Names within one edit (two for long names) of `query`, else the single name `query` truncates; best first. */
export function findNearMisses(table: NearMissTable, query: string): string[] {
  const lower = query.toLowerCase();
  const byDistance = editCandidates(table, lower);
  if (byDistance.length > 0) return byDistance;
  const extended = namesStartingWith(table, lower);
  return lower.length >= MIN_PREFIX_LENGTH && extended.length === 1 ? extended : [];
}

function editCandidates(table: NearMissTable, lower: string): string[] {
  const candidates = new Set<string>();
  for (const variant of [lower, ...deleteOne(lower)]) for (const name of table.deletions.get(variant) ?? []) candidates.add(name);
  const limit = lower.length >= 8 ? 2 : 1;
  const scored = [...candidates].map((name) => ({ name, distance: editDistance(lower, name.toLowerCase(), limit) }));
  return scored.filter((item) => item.distance > 0 && item.distance <= limit).sort((a, b) => a.distance - b.distance).map((item) => item.name);
}

function namesStartingWith(table: NearMissTable, lower: string): string[] {
  const list = table.sortedLower;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid].lower < lower) low = mid + 1;
    else high = mid;
  }
  const found: string[] = [];
  for (let i = low; i < list.length && list[i].lower.startsWith(lower); i++) if (list[i].lower !== lower) found.push(list[i].name);
  return found;
}

function deleteOne(text: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < text.length; i++) variants.push(text.slice(0, i) + text.slice(i + 1));
  return variants;
}
