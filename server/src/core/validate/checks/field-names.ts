import type { Fix } from '../../sigma/diagnostic';
import type { SigmaRule } from '../../sigma/model';
import type { Range } from '../../sigma/position';
import { taxonomyFrom } from '../../taxonomy/default-taxonomy';
import { formatLogsource } from '../../taxonomy/logsource-key';
import type { FieldOwner, IndexedLogsource, TaxonomyIndex } from '../../taxonomy/taxonomy-index';
import { classifyField, resolveLogsource, type FieldVerdict } from '../../taxonomy/taxonomy-query';
import type { Check, CheckContext, Finding } from '../check';
import { fieldMatchesOf } from '../rule-detections';
import { requoteScalar, textOf } from '../source-text';
import { partsOf } from './logsource-parts';

const MAX_OWNERS_SHOWN = 3;

/** A field name written in the rule: a detection key, or the value of a `fieldref` modifier. */
interface FieldUse {
  name: string;
  range: Range;
  /** The replacement text that renames this use (a value keeps its quotes), or undefined when that is not safe. */
  rename(name: string): string | undefined;
}

/**
 * Field names against the fields the rule's logsource provides: a case-only difference or a near miss
 * gets a quick fix to the right name, a field of another logsource of the same product says which one has it.
 * Rules whose logsource the taxonomy does not know are left to `logsource-unknown`.
 */
export const fieldNamesCheck: Check = {
  codes: {
    'field-case': { severity: 'warning', description: 'The field name differs only in case from a field the logsource provides.' },
    'field-near-miss': { severity: 'warning', description: 'The field name is not provided by the logsource but is close to one that is (a likely typo).' },
    'field-other-logsource': { severity: 'warning', description: 'The field belongs to another logsource of the same product, not to this one.' },
    'field-unknown': { severity: 'warning', description: 'The logsource does not provide a field of this name.' },
  },
  run(context: CheckContext): Finding[] {
    const { rule, resources } = context;
    if (!rule.logsource) return [];
    const index = taxonomyFrom(resources);
    const logsource = resolveLogsource(index, partsOf(rule.logsource));
    if (!logsource) return [];
    const findings: Finding[] = [];
    for (const use of fieldUses(context, rule)) {
      const finding = findingFor(use, classifyField(index, logsource, use.name), logsource, index);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

function fieldUses(context: CheckContext, rule: SigmaRule): FieldUse[] {
  const uses: FieldUse[] = [];
  for (const match of fieldMatchesOf(rule)) {
    if (match.field) uses.push({ name: match.field, range: match.fieldRange, rename: (name) => name });
    if (!match.modifiers.some((modifier) => modifier.name === 'fieldref')) continue;
    for (const value of match.values) {
      if (value.kind !== 'string' || !value.value) continue;
      const raw = textOf(context.text, context.lines, value.range);
      uses.push({ name: value.value, range: value.range, rename: (name) => requoteScalar(raw, name) });
    }
  }
  return uses;
}

function findingFor(use: FieldUse, verdict: FieldVerdict, logsource: IndexedLogsource, index: TaxonomyIndex): Finding | undefined {
  const field = use.name;
  const where = formatLogsource(logsource);
  const range = use.range;
  switch (verdict.kind) {
    case 'known':
      return undefined;
    case 'case':
      return { code: 'field-case', message: `Field '${field}' differs only in case from '${verdict.suggestion}', the name ${where} provides`, range, fixes: renameFixes(use, [verdict.suggestion]), data: { suggestion: verdict.suggestion } };
    case 'near-miss': {
      const elsewhere = verdict.owners.length > 0 ? ` (${field} belongs to ${ownerList(verdict.owners)})` : '';
      const message = `Field '${field}' is not provided by ${where}${elsewhere}; did you mean '${verdict.suggestions[0]}'?`;
      return { code: 'field-near-miss', message, range, fixes: renameFixes(use, verdict.suggestions.slice(0, 3)), data: { suggestions: verdict.suggestions } };
    }
    case 'other-logsource':
      return { code: 'field-other-logsource', message: `Field '${field}' is not provided by ${where}; it belongs to ${ownerList(verdict.owners)}`, range, data: { logsources: verdict.owners.map((owner) => formatLogsource(owner.logsource)) } };
    case 'unknown':
      return { code: 'field-unknown', message: `Field '${field}' is not provided by ${where} in the taxonomy (${index.sources.join(', ')})`, range };
  }
}

function renameFixes(use: FieldUse, names: string[]): Fix[] | undefined {
  const fixes: Fix[] = [];
  for (const name of names) {
    const newText = use.rename(name);
    if (newText !== undefined) fixes.push({ title: `Change to '${name}'`, edits: [{ range: use.range, newText }] });
  }
  return fixes.length > 0 ? fixes : undefined;
}

function ownerList(owners: FieldOwner[]): string {
  const shown = owners.slice(0, MAX_OWNERS_SHOWN).map((owner) => formatLogsource({ category: owner.logsource.category, service: owner.logsource.service }));
  const more = owners.length > MAX_OWNERS_SHOWN ? ` and ${owners.length - MAX_OWNERS_SHOWN} more` : '';
  return `${shown.join('; ')}${more}`;
}
