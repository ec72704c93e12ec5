import type { TextEdit } from '../../sigma/diagnostic';
import type { FieldMatch, Logsource, SigmaRule } from '../../sigma/model';
import type { LineIndex } from '../../sigma/position';
import { taxonomyFrom } from '../../taxonomy/default-taxonomy';
import type { IndexedLogsource, TaxonomyIndex } from '../../taxonomy/taxonomy-index';
import { lookupField } from '../../taxonomy/taxonomy-query';
import type { Check, CheckContext, Finding } from '../check';
import { fieldMatchesOf } from '../rule-detections';
import { lineText } from '../source-text';

/**
 * A rule written against a channel and event id (`service: sysmon` with `EventID: 1`) where a generic
 * category fits (`category: process_creation`): the category lets pipelines map the rule to every source
 * of those events. The fix rewrites the logsource and drops the EventID line when the fields carry over.
 */
export const logsourceSpecificCheck: Check = {
  codes: {
    'logsource-specific': { severity: 'information', description: 'A channel and event id are used where a generic logsource category fits.' },
  },
  run(context: CheckContext): Finding[] {
    const { rule, resources } = context;
    const service = rule.logsource?.service;
    if (!rule.logsource || !service || rule.logsource.category || rule.logsource.product?.value.toLowerCase() !== 'windows') return [];
    const eventMatches = fieldMatchesOf(rule).filter((match) => match.field === 'EventID');
    const ids = eventIdsOf(eventMatches);
    if (ids.length === 0) return [];
    const index = taxonomyFrom(resources);
    const candidates = categoriesFor(index, service.value.toLowerCase(), ids);
    if (candidates.length === 0) return [];
    return [findingFor(context, rule.logsource, candidates, ids, eventMatches)];
  },
};

function eventIdsOf(matches: FieldMatch[]): number[] {
  const ids = new Set<number>();
  for (const match of matches) {
    for (const value of match.values) {
      const id = value.kind === 'number' ? value.value : value.kind === 'string' && /^\d+$/.test(value.value) ? Number(value.value) : NaN;
      if (!Number.isInteger(id)) return [];
      ids.add(id);
    }
  }
  return [...ids];
}

/** Categories whose events on this channel cover every id, the most specific (fewest ids) first. */
function categoriesFor(index: TaxonomyIndex, service: string, ids: number[]): { logsource: IndexedLogsource; sameFields: boolean; size: number }[] {
  const found = [];
  for (const logsource of index.logsources.values()) {
    if (logsource.product !== 'windows' || !logsource.category) continue;
    const source = logsource.events.find((event) => event.service === service && ids.every((id) => event.eventIds.includes(id)));
    if (source) found.push({ logsource, sameFields: source.sameFields, size: source.eventIds.length });
  }
  const smallest = Math.min(...found.map((item) => item.size));
  return found.filter((item) => item.size === smallest);
}

function findingFor(context: CheckContext, logsource: Logsource, candidates: ReturnType<typeof categoriesFor>, ids: number[], eventMatches: FieldMatch[]): Finding {
  const service = logsource.service!;
  const names = candidates.map((item) => `category: ${item.logsource.category}`);
  const message = `${service.value} EventID ${ids.join(', ')} ${candidates.length === 1 ? 'is the generic logsource' : 'fits the generic logsources'} ${names.join(' or ')}: prefer it, so pipelines can map the rule to any source of these events${candidates[0].sameFields ? '' : ' (the field names differ: rewrite them to the category\'s)'}`;
  const fix = candidates.length === 1 && candidates[0].sameFields ? rewriteFix(context, logsource, candidates[0].logsource, eventMatches) : undefined;
  return { code: 'logsource-specific', message, range: service.range, fixes: fix ? [fix] : undefined, data: { categories: candidates.map((item) => item.logsource.category) } };
}

/** Replaces `service: x` with `category: y` and deletes the EventID line; only when every other field exists in the category. */
function rewriteFix(context: CheckContext, logsource: Logsource, target: IndexedLogsource, eventMatches: FieldMatch[]) {
  const { rule, text, lines } = context;
  const keyRange = logsource.keyRanges.get('service');
  if (!keyRange || eventMatches.length !== 1 || !fieldsCarryOver(rule, target)) return undefined;
  const deletion = deleteMatchLine(text, lines, rule, eventMatches[0]);
  if (!deletion) return undefined;
  const rename: TextEdit = { range: { start: keyRange.start, end: logsource.service!.range.end }, newText: `category: ${target.category}` };
  return { title: `Use category: ${target.category}`, edits: [rename, deletion] };
}

function fieldsCarryOver(rule: SigmaRule, target: IndexedLogsource): boolean {
  return fieldMatchesOf(rule).every((match) => !match.field || match.field === 'EventID' || lookupField(target, match.field) !== undefined);
}

/** Deletes the whole line of a one-line `EventID: n` entry that is not the only or the list-item-leading entry of its map. */
function deleteMatchLine(text: string, lines: LineIndex, rule: SigmaRule, match: FieldMatch): TextEdit | undefined {
  const group = rule.detection?.selections.flatMap((selection) => selection.groups).find((item) => item.items.includes(match));
  if (!group || group.items.length < 2 || match.keyRange.start.line !== match.valueRange.end.line) return undefined;
  const line = lineText(text, lines, match.keyRange.start.line);
  if (!/^\s*$/.test(line.slice(0, match.keyRange.start.character))) return undefined;
  const start = { line: match.keyRange.start.line, character: 0 };
  return { range: { start, end: { line: start.line + 1, character: 0 } }, newText: '' };
}
