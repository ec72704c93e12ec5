import { isMap, isScalar } from 'yaml';
import { allModifiers } from '../sigma/modifiers';
import type { ParsedFile, SigmaRule } from '../sigma/model';
import type { LineIndex, Position, Range } from '../sigma/position';
import { logsourceKeyOf } from './field-match-at';
import type { LanguageData, LogsourceValueKey } from './language-data';
import { lineContextAt, type LineContext } from './line-context';
import { ruleAt } from './rule-at';
import { detectionOf } from './selection-references';
import { CONDITION_KEYWORDS, CORRELATION_KEYS, CORRELATION_TYPES, LEVEL_VALUES, LOGSOURCE_KEYS, STATUS_VALUES, TACTIC_TAGS, TOP_LEVEL_KEYS, type KeyInfo } from '../sigma/vocabulary';

export interface CompletionInput {
  text: string;
  file: ParsedFile;
  lines: LineIndex;
  position: Position;
  data: LanguageData;
  /** Makes a fresh rule id; the caller owns randomness so the core stays deterministic. */
  newId?: () => string;
  /** Today as `YYYY-MM-DD`, for `date` and `modified`. */
  today?: string;
}

export type CompletionKind = 'key' | 'value' | 'field' | 'modifier' | 'tag' | 'selection' | 'keyword' | 'snippet';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Replaces `range`; a snippet with `$1` tab stops when `isSnippet`. */
  insertText: string;
  isSnippet?: boolean;
  range: Range;
  sortText?: string;
  filterText?: string;
}

export interface CompletionResult {
  items: CompletionEntry[];
  /** True when typing more may change the list (ATT&CK search), so the client asks again. */
  isIncomplete: boolean;
}

interface Site {
  input: CompletionInput;
  context: LineContext;
  rule: SigmaRule | undefined;
  range: Range;
}

const TAG_SEARCH_LIMIT = 50;

/** What to offer at a position of a Sigma document, chosen from the YAML path around the cursor. */
export function completeAt(input: CompletionInput): CompletionResult {
  const context = lineContextAt(linesUpTo(input), input.position);
  const range = { start: { line: input.position.line, character: context.prefixStart }, end: input.position };
  const site: Site = { input, context, rule: ruleAt(input.file, input.position), range };
  const section = context.path[0];
  if (context.path.length === 0) return complete(topLevel(site));
  if (section === 'logsource') return complete(logsourceEntries(site));
  if (section === 'tags' && context.path.length === 1 && context.slot === 'item') return tagEntries(site);
  if (section === 'correlation') return complete(correlationEntries(site));
  if (section === 'filter' && context.path[1] === 'rules') return complete(ruleReferenceEntries(site));
  if (section === 'detection' || section === 'filter') return complete(detectionEntries(site));
  return complete([]);
}

function complete(items: CompletionEntry[]): CompletionResult {
  return { items, isIncomplete: false };
}

function linesUpTo(input: CompletionInput): string[] {
  const end = input.lines.offsetAt({ line: input.position.line + 1, character: 0 });
  return input.text.slice(0, end).split(/\r\n|\r|\n/);
}

function topLevel(site: Site): CompletionEntry[] {
  const { context } = site;
  if (context.slot === 'value') return topLevelValues(site, context.key ?? '');
  if (context.slot !== 'key' || context.indent !== 0) return [];
  const present = new Set(site.rule?.attributes.map((attribute) => attribute.key));
  const keys = TOP_LEVEL_KEYS.filter((info) => !present.has(info.name) || info.name === context.prefix);
  const items = keys.map((info, index) => keyEntry(site, info, index));
  if (isBlankDocument(site)) items.unshift(newRuleSnippet(site));
  return items;
}

function keyEntry(site: Site, info: KeyInfo, index: number): CompletionEntry {
  const body = info.shape === 'list' ? ':\n    - $0' : info.shape === 'map' ? ':\n    $0' : `: ${scalarDefault(site, info.name)}`;
  return { label: info.name, kind: 'key', documentation: info.summary, insertText: `${info.name}${body}`, isSnippet: true, range: site.range, sortText: String(index).padStart(3, '0') };
}

function scalarDefault(site: Site, key: string): string {
  if (key === 'id' && site.input.newId) return site.input.newId();
  if ((key === 'date' || key === 'modified') && site.input.today) return site.input.today;
  if (key === 'status') return '${1|' + STATUS_VALUES.map((value) => value.value).join(',') + '|}';
  if (key === 'level') return '${1|' + LEVEL_VALUES.map((value) => value.value).join(',') + '|}';
  return '$0';
}

function isBlankDocument(site: Site): boolean {
  return site.input.text.trim() === '' || (site.input.position.line === 0 && !site.rule);
}

function newRuleSnippet(site: Site): CompletionEntry {
  const id = site.input.newId?.() ?? '${2:id}';
  const date = site.input.today ?? '${3:date}';
  const body = [
    'title: ${1:Title}',
    `id: ${id}`,
    'status: experimental',
    'description: ${4:What this rule detects and why it matters}',
    'references:',
    '    - ${5:https://}',
    'author: ${6:Author}',
    `date: ${date}`,
    'tags:',
    '    - ${7:attack.execution}',
    'logsource:',
    '    product: ${8:windows}',
    '    category: ${9:process_creation}',
    'detection:',
    '    selection:',
    '        ${10:Image|endswith}: ${11:\'\\\\example.exe\'}',
    '    condition: selection',
    'falsepositives:',
    '    - ${12:Unknown}',
    'level: ${13|informational,low,medium,high,critical|}',
    '',
  ].join('\n');
  return { label: 'New Sigma rule', kind: 'snippet', detail: 'A detection rule skeleton in SigmaHQ key order', insertText: body, isSnippet: true, range: site.range, sortText: '000' };
}

function topLevelValues(site: Site, key: string): CompletionEntry[] {
  if (key === 'status') return enumEntries(site, STATUS_VALUES);
  if (key === 'level') return enumEntries(site, LEVEL_VALUES);
  if (key === 'id' && site.input.newId) return [valueEntry(site, site.input.newId(), 'A new random UUID')];
  if ((key === 'date' || key === 'modified') && site.input.today) return [valueEntry(site, site.input.today, 'Today')];
  return [];
}

function enumEntries(site: Site, values: readonly { value: string; summary: string }[]): CompletionEntry[] {
  return values.map((info, index) => ({ ...valueEntry(site, info.value, info.summary), sortText: String(index).padStart(3, '0') }));
}

function valueEntry(site: Site, value: string, documentation?: string): CompletionEntry {
  return { label: value, kind: 'value', documentation, insertText: value, range: site.range };
}

function logsourceEntries(site: Site): CompletionEntry[] {
  const { context } = site;
  if (context.path.length !== 1) return [];
  if (context.slot === 'key') {
    const present = new Set(site.rule?.logsource?.keyRanges.keys());
    return LOGSOURCE_KEYS.filter((info) => !present.has(info.value) || info.value === context.prefix).map((info) => ({ label: info.value, kind: 'key' as const, documentation: info.summary, insertText: `${info.value}: `, range: site.range }));
  }
  const key = context.key as LogsourceValueKey;
  if (context.slot !== 'value' || !['product', 'category', 'service'].includes(key)) return [];
  const within = { ...logsourceKeyOf(site.rule), [key]: undefined };
  const narrowed = site.input.data.logsourceValues?.(key, within) ?? [];
  // A combination nobody has written yet still deserves every known value.
  const values = narrowed.length > 0 ? narrowed : (site.input.data.logsourceValues?.(key) ?? []);
  return values.map((info) => ({ label: info.value, kind: 'value' as const, detail: info.source, documentation: info.description, insertText: info.value, range: site.range }));
}

function tagEntries(site: Site): CompletionResult {
  const prefix = site.context.prefix.toLowerCase();
  const attack = site.input.data.attack;
  const query = prefix.replace(/^attack\.?/, '');
  const found = attack ? attack.searchTags(query, { limit: TAG_SEARCH_LIMIT }) : [];
  const present = new Set(site.rule?.tags.map((tag) => tag.value));
  const items: CompletionEntry[] = found.filter((info) => !present.has(info.tag)).map((info, index) => ({
    label: info.tag,
    kind: 'tag',
    detail: `${info.id} ${info.name}${info.revoked ? ' (revoked)' : info.deprecated ? ' (deprecated)' : ''}`,
    documentation: info.tactics?.length ? `Tactics: ${info.tactics.join(', ')}` : undefined,
    insertText: info.tag,
    filterText: `${info.tag} ${info.id} ${info.name}`,
    range: site.range,
    sortText: String(index).padStart(3, '0'),
  }));
  if (!attack) items.push(...TACTIC_TAGS.filter((info) => !present.has(info.value)).map((info) => ({ label: info.value, kind: 'tag' as const, documentation: info.summary, insertText: info.value, range: site.range })));
  return { items, isIncomplete: Boolean(attack) };
}

function correlationEntries(site: Site): CompletionEntry[] {
  const { context } = site;
  if (context.path.length === 1 && context.slot === 'key') {
    const present = new Set(correlationKeysPresent(site));
    return CORRELATION_KEYS.filter((info) => !present.has(info.value)).map((info) => ({ label: info.value, kind: 'key' as const, documentation: info.summary, insertText: `${info.value}: `, range: site.range }));
  }
  if (context.path.length === 1 && context.slot === 'value' && context.key === 'type') return enumEntries(site, CORRELATION_TYPES);
  if (context.path[1] === 'rules' && context.slot === 'item') return ruleReferenceEntries(site);
  return [];
}

/** The keys written in the correlation map, read from the YAML node so keys with empty values count too. */
function correlationKeysPresent(site: Site): string[] {
  const node = site.rule?.attributes.find((attribute) => attribute.key === 'correlation')?.node;
  if (!isMap(node)) return [];
  return node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')).filter(Boolean);
}

/** Names and ids of workspace rules, for `rules:` lists of correlations and filters. */
function ruleReferenceEntries(site: Site): CompletionEntry[] {
  const references = site.input.data.ruleReferences?.() ?? [];
  return references.map((info, index) => ({ label: info.value, kind: 'value' as const, detail: info.source, insertText: info.value, range: site.range, sortText: String(index).padStart(5, '0') }));
}

function detectionEntries(site: Site): CompletionEntry[] {
  const { context } = site;
  const isCondition = (context.path.length === 1 && context.slot === 'value' && context.key === 'condition') || (context.path.length === 2 && context.path[1] === 'condition' && context.slot === 'item');
  if (isCondition) return conditionEntries(site);
  if (context.path.length === 1 && context.slot === 'key') return detectionKeys(site);
  const inSelectionKey = context.path.length === 2 && (context.slot === 'key' || context.slot === 'item');
  if (!inSelectionKey || context.path[1] === 'condition') return [];
  return context.prefix.includes('|') ? modifierEntries(site) : fieldEntries(site);
}

function detectionKeys(site: Site): CompletionEntry[] {
  const detection = site.rule && detectionOf(site.rule);
  const present = new Set(detection?.selections.map((selection) => selection.name));
  const items: CompletionEntry[] = [];
  if (!detection?.condition) items.push({ label: 'condition', kind: 'key', documentation: 'How the selections combine: `selection and not filter`.', insertText: 'condition: $0', isSnippet: true, range: site.range });
  const name = present.has('selection') ? 'selection_${1:name}' : '${1:selection}';
  items.push({ label: 'selection', kind: 'snippet', detail: 'A new selection (field map)', insertText: `${name}:\n    \${2:Field}: \${3:value}`, isSnippet: true, range: site.range });
  return items;
}

function conditionEntries(site: Site): CompletionEntry[] {
  const detection = site.rule && detectionOf(site.rule);
  const names = detection?.selections.map((selection) => selection.name) ?? [];
  const items: CompletionEntry[] = names.map((name) => ({ label: name, kind: 'selection', detail: 'selection', insertText: name, range: site.range, sortText: `0${name}` }));
  for (const pattern of sharedPrefixPatterns(names)) items.push({ label: pattern, kind: 'selection', detail: 'selections by pattern (after `1 of` / `all of`)', insertText: pattern, range: site.range, sortText: `1${pattern}` });
  for (const keyword of CONDITION_KEYWORDS) items.push({ label: keyword.value, kind: 'keyword', documentation: keyword.summary, insertText: keyword.value, range: site.range, sortText: `2${keyword.value}` });
  return items;
}

/** `selection_*` for every prefix up to `_` that two or more selection names share. */
function sharedPrefixPatterns(names: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const name of names) {
    const cut = name.indexOf('_');
    if (cut > 0) counts.set(name.slice(0, cut + 1), (counts.get(name.slice(0, cut + 1)) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([prefix]) => `${prefix}*`);
}

function fieldEntries(site: Site): CompletionEntry[] {
  const fields = site.input.data.fieldsFor?.(logsourceKeyOf(site.rule)) ?? [];
  return fields.map((info, index) => ({
    label: info.name,
    kind: 'field' as const,
    detail: info.source,
    documentation: info.description,
    insertText: info.name,
    range: site.range,
    sortText: String(index).padStart(4, '0'),
  }));
}

/** Modifiers valid after the ones already written: no repeats, no contradictions, regex flags only after `re`. */
function modifierEntries(site: Site): CompletionEntry[] {
  const typed = site.context.prefix;
  const used = typed.split('|').slice(1, -1);
  const start = site.context.prefixStart + typed.lastIndexOf('|') + 1;
  const range = { start: { line: site.input.position.line, character: start }, end: site.input.position };
  const valid = allModifiers().filter((info) => isCompatibleModifier(info.name, used));
  return valid.map((info) => ({ label: info.name, kind: 'modifier' as const, detail: info.category, documentation: info.summary, insertText: info.name, range }));
}

/** One of each exclusive group, as the specification (and the modifier-chain check) allows. */
const EXCLUSIVE_GROUPS: readonly (readonly string[])[] = [
  ['contains', 'startswith', 'endswith'],
  ['lt', 'lte', 'gt', 'gte'],
  ['minute', 'hour', 'day', 'week', 'month', 'year'],
];
const REGEX_FLAGS = ['i', 'm', 's'];
/** Modifiers that transform or match a plain string, so they cannot apply to a regular expression. */
const NOT_WITH_RE = ['contains', 'startswith', 'endswith', 'base64', 'base64offset', 'windash', 'cidr', 'wide', 'utf16le', 'utf16be', 'utf16'];

function isCompatibleModifier(name: string, used: readonly string[]): boolean {
  if (used.includes(name)) return false;
  if (EXCLUSIVE_GROUPS.some((group) => group.includes(name) && used.some((other) => group.includes(other)))) return false;
  if (REGEX_FLAGS.includes(name)) return used.includes('re');
  if (used.includes('re')) return !NOT_WITH_RE.includes(name);
  if (name === 're') return !used.some((other) => NOT_WITH_RE.includes(other));
  return true;
}
