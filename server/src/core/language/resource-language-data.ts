import type { AttackIndex, TacticInfo, TechniqueInfo } from '../attack/attack-index';
import { parseAttackTag } from '../attack/attack-tags';
import { listTactics, lookupGroup, lookupSoftware, lookupTactic, lookupTechnique, searchTechniques } from '../attack/attack-query';
import { describeField, fieldsFor, logsourceValues, resolveLogsource } from '../taxonomy/taxonomy-query';
import type { TaxonomyIndex } from '../taxonomy/taxonomy-index';
import { formatLogsource } from '../taxonomy/logsource-key';
import type { AttackLookup, AttackTagInfo, FieldInfo, LanguageData } from './language-data';

/** The loaded taxonomy and ATT&CK index, as the validation resources hold them. */
export interface LanguageResources {
  taxonomy?: TaxonomyIndex;
  attack?: AttackIndex;
}

/** Editor knowledge from the field taxonomy and the ATT&CK index; absent parts stay absent. */
export function languageDataFromResources(resources: LanguageResources): LanguageData {
  const { taxonomy, attack } = resources;
  return {
    fieldsFor: taxonomy ? (logsource) => taxonomyFields(taxonomy, logsource) : undefined,
    logsourceValues: taxonomy ? (key, within) => logsourceValues(taxonomy, key, within).map((value) => ({ value, source: 'field taxonomy' })) : undefined,
    attack: attack ? attackLookup(attack) : undefined,
  };
}

function taxonomyFields(taxonomy: TaxonomyIndex, logsource: Parameters<typeof fieldsFor>[1]): FieldInfo[] {
  const entry = resolveLogsource(taxonomy, logsource);
  if (!entry) return [];
  const where = `taxonomy: ${formatLogsource(entry)}`;
  return fieldsFor(taxonomy, logsource).map((field) => {
    const doc = describeField(taxonomy, logsource, field.name);
    const kind = field.enriched ? ' (enriched)' : field.common ? ' (common to the product)' : '';
    return { name: field.name, description: doc?.description, examples: doc?.examples, source: `${where}${kind}` };
  });
}

function attackLookup(index: AttackIndex): AttackLookup {
  return {
    lookupTag: (tag) => lookupAttackTag(index, tag),
    searchTags: (query, options) => searchAttackTags(index, query, options.limit),
  };
}

function lookupAttackTag(index: AttackIndex, tag: string): AttackTagInfo | undefined {
  const parsed = parseAttackTag(tag);
  if (!parsed) return undefined;
  if (parsed.kind === 'technique') {
    const technique = lookupTechnique(index, parsed.id);
    return technique && techniqueTag(technique);
  }
  if (parsed.kind === 'tactic') {
    const tactic = lookupTactic(index, parsed.shortname);
    return tactic && tacticTag(tactic);
  }
  const named = parsed.kind === 'group' ? lookupGroup(index, parsed.id) : lookupSoftware(index, parsed.id);
  return named && { tag: `attack.${named.id.toLowerCase()}`, id: named.id, name: named.name, kind: parsed.kind, description: named.aliases.length ? `Also known as ${named.aliases.join(', ')}.` : undefined, revoked: named.revoked, deprecated: named.deprecated };
}

function techniqueTag(technique: TechniqueInfo): AttackTagInfo {
  return {
    tag: `attack.${technique.id.toLowerCase()}`,
    id: technique.id,
    name: technique.name,
    kind: 'technique',
    tactics: technique.tactics,
    platforms: technique.platforms,
    description: technique.summary,
    dataSources: technique.dataSources,
    revoked: technique.revoked,
    deprecated: technique.deprecated,
    successorTag: technique.replacedBy ? `attack.${technique.replacedBy.toLowerCase()}` : undefined,
  };
}

function tacticTag(tactic: TacticInfo): AttackTagInfo {
  return { tag: `attack.${tactic.shortname}`, id: tactic.id, name: tactic.name, kind: 'tactic', description: tactic.summary };
}

/** Tactics whose shortname or name matches first, then techniques by id prefix or name words. */
function searchAttackTags(index: AttackIndex, query: string, limit: number): AttackTagInfo[] {
  const text = query.toLowerCase().replace(/^attack\.?/, '').trim();
  const tactics = listTactics(index).filter((tactic) => !text || tactic.shortname.startsWith(text) || tactic.name.toLowerCase().includes(text)).map(tacticTag);
  const techniques = searchTechniques(index, text.replace(/-/g, ' '), { limit }).map(techniqueTag);
  return [...tactics, ...techniques].slice(0, limit);
}
