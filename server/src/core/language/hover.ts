import { modifierInfo } from '../sigma/modifiers';
import type { Located, ParsedFile, SigmaRule } from '../sigma/model';
import { rangeContains, type LineIndex, type Position, type Range } from '../sigma/position';
import { conditionTokens } from './condition-tokens';
import { fieldKeyAt, logsourceKeyOf } from './field-match-at';
import type { AttackTagInfo, LanguageData, LogsourceValueKey } from './language-data';
import { ruleAt } from './rule-at';
import { CONDITION_KEYWORDS, LEVEL_VALUES, LOGSOURCE_KEYS, STATUS_VALUES, TACTIC_TAGS, topLevelKeyInfo } from '../sigma/vocabulary';
import { detectionOf, patternSelectionsAt, selectionReferences, selectionTargetAt } from './selection-references';

export interface HoverInput {
  text: string;
  file: ParsedFile;
  lines: LineIndex;
  position: Position;
  data: LanguageData;
}

/** Markdown for the thing under the cursor and the range it describes. */
export interface HoverResult {
  markdown: string;
  range: Range;
}

type HoverProvider = (input: HoverInput, rule: SigmaRule) => HoverResult | undefined;

/** Most specific first: a modifier sits inside a field key, a condition word inside the condition. */
const PROVIDERS: readonly HoverProvider[] = [hoverSelection, hoverPattern, hoverConditionKeyword, hoverFieldKey, hoverTag, hoverLogsource, hoverEnumValue, hoverTopLevelKey];

/** What the editor shows when hovering a position of a Sigma document; undefined when there is nothing to say. */
export function hoverAt(input: HoverInput): HoverResult | undefined {
  const rule = ruleAt(input.file, input.position);
  if (!rule) return undefined;
  for (const provider of PROVIDERS) {
    const result = provider(input, rule);
    if (result) return result;
  }
  return undefined;
}

function hoverSelection(input: HoverInput): HoverResult | undefined {
  const target = selectionTargetAt(input.file, input.position);
  if (!target) return undefined;
  if (!target.selection) return { markdown: `No selection named \`${target.name}\` in this detection.`, range: target.range };
  const source = sliceRange(input, target.selection.range);
  const uses = selectionReferences(target, { includeDeclaration: false }).length;
  const usage = `Referenced ${uses} time${uses === 1 ? '' : 's'} by name in the condition.`;
  return { markdown: `**Selection** \`${target.name}\`\n\n\`\`\`yaml\n${source}\n\`\`\`\n\n${usage}`, range: target.range };
}

function hoverPattern(input: HoverInput, rule: SigmaRule): HoverResult | undefined {
  const detection = detectionOf(rule);
  const hit = detection && patternSelectionsAt(detection, input.position);
  if (!hit) return undefined;
  const names = hit.selections.map((selection) => `- \`${selection.name}\``).join('\n');
  return { markdown: hit.selections.length ? `Covers ${hit.selections.length} selection(s):\n\n${names}` : 'Covers no selection.', range: hit.range };
}

function hoverConditionKeyword(input: HoverInput, rule: SigmaRule): HoverResult | undefined {
  const condition = detectionOf(rule)?.condition;
  if (!condition || !rangeContains(condition.range, input.position)) return undefined;
  const token = conditionTokens(condition, input.text, input.lines).find((candidate) => rangeContains(candidate.range, input.position));
  if (!token || (token.kind !== 'keyword' && token.kind !== 'number')) return undefined;
  const word = token.kind === 'number' ? '1 of' : token.text === 'all' || token.text === 'any' ? `${token.text} of` : token.text;
  const info = CONDITION_KEYWORDS.find((keyword) => keyword.value === word);
  const summary = info?.summary ?? (word === 'any of' ? 'Not in the Sigma specification: use `1 of`.' : 'Condition keyword.');
  return { markdown: `**\`${word}\`** (condition)\n\n${summary}`, range: token.range };
}

function hoverFieldKey(input: HoverInput, rule: SigmaRule): HoverResult | undefined {
  const hit = fieldKeyAt(rule, input.position);
  if (!hit) return undefined;
  if (hit.modifier) {
    const info = modifierInfo(hit.modifier.name);
    const markdown = info ? `**Modifier** \`${info.name}\` (${info.category})\n\n${info.summary}` : `Unknown modifier \`${hit.modifier.name}\`.`;
    return { markdown, range: hit.modifier.range };
  }
  if (hit.match.field === null || !rangeContains(hit.match.fieldRange, input.position)) return undefined;
  return hoverField(input, rule, hit.match.field, hit.match.fieldRange);
}

function hoverField(input: HoverInput, rule: SigmaRule, field: string, range: Range): HoverResult | undefined {
  const logsource = logsourceKeyOf(rule);
  const fields = input.data.fieldsFor?.(logsource);
  // An unknown logsource says nothing about its fields.
  if (!fields?.length) return undefined;
  const info = fields.find((candidate) => candidate.name === field) ?? fields.find((candidate) => candidate.name.toLowerCase() === field.toLowerCase());
  if (!info) return { markdown: `**Field** \`${field}\`\n\nNot a known field of this logsource.`, range };
  const parts = [`**Field** \`${info.name}\``];
  if (info.description) parts.push(info.description);
  if (info.examples?.length) parts.push(`Examples: ${info.examples.slice(0, 5).map((example) => `\`${example}\``).join(', ')}`);
  parts.push(`_${info.source}_`);
  const samples = input.data.sampleExamples?.(logsource, info.name) ?? [];
  if (samples.length) parts.push(`Examples from the sample library: ${samples.map(codeSpan).join(', ')}`);
  return { markdown: parts.join('\n\n'), range };
}

/** Inline code that survives backticks in the value: the fence is one backtick longer than any run inside. */
function codeSpan(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  if (longest === 0) return `\`${value}\``;
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${value} ${fence}`;
}

function hoverTag(input: HoverInput, rule: SigmaRule): HoverResult | undefined {
  const tag = rule.tags.find((candidate) => rangeContains(candidate.range, input.position));
  if (!tag) return undefined;
  const info = input.data.attack?.lookupTag(tag.value);
  if (info) return { markdown: describeAttack(info), range: tag.range };
  const tactic = TACTIC_TAGS.find((candidate) => candidate.value === tag.value);
  if (tactic) return { markdown: `**${tag.value}**\n\n${tactic.summary}`, range: tag.range };
  return { markdown: describeTagNamespace(tag.value, input.data), range: tag.range };
}

/** The markdown of an ATT&CK technique or tactic: name, state, tactics, platforms, data sources, description. */
export function describeAttack(info: AttackTagInfo): string {
  const state = info.revoked ? ` (revoked${info.successorTag ? `, use \`${info.successorTag}\`` : ''})` : info.deprecated ? ' (deprecated)' : '';
  const parts = [`**${info.id} ${info.name}**${state}`];
  if (info.tactics?.length) parts.push(`Tactics: ${info.tactics.join(', ')}`);
  if (info.platforms?.length) parts.push(`Platforms: ${info.platforms.join(', ')}`);
  if (info.dataSources?.length) parts.push(`Data sources: ${info.dataSources.slice(0, 6).join(', ')}`);
  if (info.description) parts.push(firstParagraph(info.description));
  return parts.join('\n\n');
}

function describeTagNamespace(tag: string, data: LanguageData): string {
  const namespace = tag.split('.')[0];
  if (namespace === 'attack') return data.attack ? `\`${tag}\` is not in the loaded ATT&CK data.` : `ATT&CK tag \`${tag}\` (no ATT&CK data loaded).`;
  const known: Record<string, string> = { cve: 'A CVE the rule detects exploitation of.', car: 'A MITRE Cyber Analytics Repository analytic.', detection: 'The kind of detection: `threat-hunting`, `emerging-threats` or `dfir`.', tlp: 'Traffic Light Protocol marking.', stp: 'Summiting the Pyramid score.' };
  return `\`${tag}\`: ${known[namespace] ?? 'a tag outside the namespaces of the Sigma tags appendix.'}`;
}

function hoverLogsource(input: HoverInput, rule: SigmaRule): HoverResult | undefined {
  const logsource = rule.logsource;
  if (!logsource || !rangeContains(logsource.range, input.position)) return undefined;
  for (const key of ['product', 'category', 'service'] as LogsourceValueKey[]) {
    const value = logsource[key];
    if (value && rangeContains(value.range, input.position)) return hoverLogsourceValue(input, key, value);
  }
  for (const [key, range] of logsource.keyRanges) {
    const info = LOGSOURCE_KEYS.find((candidate) => candidate.value === key);
    if (info && rangeContains(range, input.position)) return { markdown: `**logsource.${key}**\n\n${info.summary}`, range };
  }
  return undefined;
}

function hoverLogsourceValue(input: HoverInput, key: LogsourceValueKey, value: Located<string>): HoverResult | undefined {
  const known = input.data.logsourceValues?.(key);
  if (!known) return undefined;
  const info = known.find((candidate) => candidate.value === value.value);
  const markdown = info ? `**${key}** \`${info.value}\`\n\n${info.description ? `${info.description}\n\n` : ''}_${info.source}_` : `**${key}** \`${value.value}\`: not a known ${key}.`;
  return { markdown, range: value.range };
}

function hoverEnumValue(input: HoverInput, rule: SigmaRule): HoverResult | undefined {
  for (const [located, values] of [[rule.status, STATUS_VALUES], [rule.level, LEVEL_VALUES]] as const) {
    if (!located || !rangeContains(located.range, input.position)) continue;
    const info = values.find((candidate) => candidate.value === located.value);
    return info ? { markdown: `**${info.value}**\n\n${info.summary}`, range: located.range } : undefined;
  }
  return undefined;
}

function hoverTopLevelKey(input: HoverInput, rule: SigmaRule): HoverResult | undefined {
  const attribute = rule.attributes.find((candidate) => rangeContains(candidate.keyRange, input.position));
  const info = attribute && topLevelKeyInfo(attribute.key);
  return info && attribute ? { markdown: `**${info.name}**\n\n${info.summary}`, range: attribute.keyRange } : undefined;
}

function sliceRange(input: HoverInput, range: Range): string {
  const start = input.lines.offsetAt({ line: range.start.line, character: 0 });
  const source = input.text.slice(start, input.lines.offsetAt(range.end));
  const lines = source.split(/\r?\n/).slice(0, 40);
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^\s*/.exec(line)?.[0].length ?? 0));
  return lines.map((line) => line.slice(indent)).join('\n').trimEnd();
}

function firstParagraph(text: string): string {
  const paragraph = text.split(/\n\s*\n/)[0].replace(/\(Citation:[^)]*\)/g, '').trim();
  return paragraph.length > 600 ? `${paragraph.slice(0, 600)}…` : paragraph;
}
