import type { ParsedFile } from '../sigma/model';
import type { Range } from '../sigma/position';
import type { WorkspaceFacts } from '../validate/check';
import { fieldMatches, logsourceKeyOf } from './field-match-at';
import type { FieldInfo, LanguageData, LogsourceKey, LogsourceValueInfo, LogsourceValueKey } from './language-data';
import { detectionOf } from './selection-references';

/** What one file contributes to the workspace: declared ids and names, logsources and the fields they use. */
export interface FileFacts {
  ids: { value: string; range: Range }[];
  names: { value: string; range: Range }[];
  logsources: LogsourceKey[];
  /** Field names per logsource key (`product/category/service`). */
  fields: Map<string, Set<string>>;
}

/** Reads the cross-file facts of one parsed file. */
export function extractFileFacts(file: ParsedFile): FileFacts {
  const facts: FileFacts = { ids: [], names: [], logsources: [], fields: new Map() };
  for (const rule of file.rules) {
    if (rule.id) facts.ids.push(rule.id);
    if (rule.name) facts.names.push(rule.name);
    const logsource = logsourceKeyOf(rule);
    facts.logsources.push(logsource);
    const detection = detectionOf(rule);
    if (!detection) continue;
    const key = logsourceId(logsource);
    const set = facts.fields.get(key) ?? new Set<string>();
    for (const match of fieldMatches(detection)) if (match.field) set.add(match.field);
    facts.fields.set(key, set);
  }
  return facts;
}

function logsourceId(logsource: LogsourceKey): string {
  return `${logsource.product ?? ''}/${logsource.category ?? ''}/${logsource.service ?? ''}`;
}

/**
 * The facts of every indexed file, kept up to date file by file. It answers the cross-file checks
 * (duplicate ids, correlation references) and, where no taxonomy is loaded, completion from what the
 * workspace's own rules use.
 */
export class WorkspaceStats {
  private readonly files = new Map<string, FileFacts>();
  private readonly facts: WorkspaceFacts = { ruleIds: new Map(), ruleNames: new Map() };

  get size(): number {
    return this.files.size;
  }

  set(path: string, facts: FileFacts): void {
    this.delete(path);
    this.files.set(path, facts);
    for (const id of facts.ids) pushTo(this.facts.ruleIds, id.value, { path, range: id.range });
    for (const name of facts.names) pushTo(this.facts.ruleNames, name.value, { path, range: name.range });
  }

  delete(path: string): void {
    const old = this.files.get(path);
    if (!old) return;
    this.files.delete(path);
    for (const id of old.ids) removeFrom(this.facts.ruleIds, id.value, path);
    for (const name of old.names) removeFrom(this.facts.ruleNames, name.value, path);
  }

  /** The facts for `validateFile`'s cross-file checks. */
  workspaceFacts(): WorkspaceFacts {
    return this.facts;
  }

  /** Logsource values and fields seen in the workspace, as language data. */
  languageData(): Required<Pick<LanguageData, 'fieldsFor' | 'logsourceValues' | 'ruleReferences'>> {
    return { fieldsFor: (logsource) => this.fieldsFor(logsource), logsourceValues: (key, within) => this.logsourceValues(key, within ?? {}), ruleReferences: () => this.ruleReferences() };
  }

  /** Rule names first (what correlations should reference), then ids. */
  private ruleReferences(): LogsourceValueInfo[] {
    const describe = (places: { path: string }[]): string => `declared in ${places[0].path}${places.length > 1 ? ` and ${places.length - 1} more` : ''}`;
    const names = [...this.facts.ruleNames].map(([value, places]) => ({ value, source: `rule name ${describe(places)}` }));
    const ids = [...this.facts.ruleIds].map(([value, places]) => ({ value, source: `rule id ${describe(places)}` }));
    return [...names, ...ids];
  }

  private fieldsFor(logsource: LogsourceKey): FieldInfo[] {
    const counts = new Map<string, number>();
    const wanted = logsourceId(logsource);
    for (const facts of this.files.values()) {
      for (const field of facts.fields.get(wanted) ?? []) counts.set(field, (counts.get(field) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, count]) => ({ name, source: `used by ${count} workspace rule file${count === 1 ? '' : 's'} with this logsource` }));
  }

  private logsourceValues(key: LogsourceValueKey, within: LogsourceKey): LogsourceValueInfo[] {
    const counts = new Map<string, number>();
    const fits = (logsource: LogsourceKey): boolean => (['product', 'category', 'service'] as const).every((part) => part === key || !within[part] || logsource[part] === within[part]);
    for (const facts of this.files.values()) for (const logsource of facts.logsources) {
      const value = fits(logsource) ? logsource[key] : undefined;
      if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value, count]) => ({ value, source: `used by ${count} workspace rule${count === 1 ? '' : 's'}` }));
  }
}

function pushTo(map: Map<string, { path: string; range: Range }[]>, key: string, entry: { path: string; range: Range }): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function removeFrom(map: Map<string, { path: string; range: Range }[]>, key: string, path: string): void {
  const list = map.get(key)?.filter((entry) => entry.path !== path);
  if (list?.length) map.set(key, list);
  else map.delete(key);
}
