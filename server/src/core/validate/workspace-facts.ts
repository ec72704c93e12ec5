import type { ParsedFile } from '../sigma/model';
import type { WorkspaceFacts } from './check';

/** One parsed file, as the workspace-wide checks see it. */
export interface ParsedSource {
  path: string;
  file: ParsedFile;
}

/**
 * Collects the ids and names every rule declares, across the files checked together,
 * so that uniqueness and rule-reference checks see the whole set. Pure; one pass over the rules.
 */
export function collectWorkspaceFacts(sources: Iterable<ParsedSource>): WorkspaceFacts {
  const facts: WorkspaceFacts = { ruleIds: new Map(), ruleNames: new Map() };
  for (const source of sources) addFileFacts(facts, source);
  return facts;
}

/** Adds one file's ids and names to `facts` (for callers that build the facts incrementally). */
export function addFileFacts(facts: WorkspaceFacts, source: ParsedSource): void {
  for (const rule of source.file.rules) {
    if (rule.id) addPlace(facts.ruleIds, rule.id.value, { path: source.path, range: rule.id.range });
    if (rule.name) addPlace(facts.ruleNames, rule.name.value, { path: source.path, range: rule.name.range });
  }
}

function addPlace<T>(map: Map<string, T[]>, key: string, place: T): void {
  const places = map.get(key);
  if (places) places.push(place);
  else map.set(key, [place]);
}
