import type { Logsource } from '../../sigma/model';
import { closestWord } from '../../text/edit-distance';
import { formatLogsource, type LogsourceParts } from '../../taxonomy/logsource-key';
import { taxonomyFrom } from '../../taxonomy/default-taxonomy';
import type { TaxonomyIndex } from '../../taxonomy/taxonomy-index';
import { logsourceValues, resolveLogsource } from '../../taxonomy/taxonomy-query';
import type { Check, CheckContext, Finding } from '../check';
import { locatedParts, partsOf, type PartName } from './logsource-parts';

/**
 * The logsource names a product/category/service combination the taxonomy knows.
 * An unknown value gets a quick fix to the closest value that makes a known combination.
 */
export const logsourceUnknownCheck: Check = {
  codes: {
    'logsource-unknown': { severity: 'warning', description: 'The taxonomy knows no logsource with this product, category and service.' },
  },
  run({ rule, resources }: CheckContext): Finding[] {
    const logsource = rule.logsource;
    if (!logsource || locatedParts(logsource).length === 0) return [];
    const index = taxonomyFrom(resources);
    if (resolveLogsource(index, partsOf(logsource))) return [];
    return [unknownValueFinding(index, logsource) ?? unknownCombinationFinding(index, logsource)];
  },
};

function unknownValueFinding(index: TaxonomyIndex, logsource: Logsource): Finding | undefined {
  const parts = partsOf(logsource);
  for (const { name, located } of locatedParts(logsource)) {
    if (index.values[name].has(located.value.toLowerCase())) continue;
    const suggestion = suggestValue(index, parts, name, located.value);
    const hint = suggestion ? `; did you mean '${suggestion}'?` : '';
    const fixes = suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ range: located.range, newText: suggestion }] }] : undefined;
    return { code: 'logsource-unknown', message: `Unknown ${name} '${located.value}' in the taxonomy (${index.sources.join(', ')})${hint}`, range: located.range, fixes, data: { part: name, suggestion } };
  }
  return undefined;
}

/** The closest known value for one part that, with the other parts as written, makes a known logsource. */
function suggestValue(index: TaxonomyIndex, parts: LogsourceParts, name: PartName, value: string): string | undefined {
  const fitting = logsourceValues(index, name, { ...parts, [name]: undefined }).filter((candidate) => resolveLogsource(index, { ...parts, [name]: candidate }));
  return closestWord(value.toLowerCase(), fitting) ?? fitting.find((candidate) => candidate.startsWith(value.toLowerCase()));
}

function unknownCombinationFinding(index: TaxonomyIndex, logsource: Logsource): Finding {
  const parts = partsOf(logsource);
  const last = locatedParts(logsource).at(-1)!;
  const known = knownAlternatives(index, parts);
  const hint = known.length > 0 ? `; known with ${last.name === 'product' ? 'it' : `product ${parts.product}`}: ${known.slice(0, 6).join('; ')}${known.length > 6 ? ` and ${known.length - 6} more` : ''}` : '';
  return { code: 'logsource-unknown', message: `No known logsource has ${formatLogsource(parts)}${hint}`, range: last.located.range, data: { known } };
}

function knownAlternatives(index: TaxonomyIndex, parts: LogsourceParts): string[] {
  if (!parts.product) return [];
  const product = parts.product.toLowerCase();
  return [...index.logsources.values()].filter((item) => item.product === product && (item.category || item.service)).map((item) => formatLogsource({ category: item.category, service: item.service }));
}
