import type { AttackIndex, NamedInfo, TacticInfo, TechniqueInfo } from './attack-index';

/** The technique or sub-technique with this id (`T1059`, `t1059.001`, or the tag `attack.t1059`). */
export function lookupTechnique(index: AttackIndex, id: string): TechniqueInfo | undefined {
  return index.techniques[normalizeId(id)];
}

/** The tactic with this shortname (`execution`) or id (`TA0002`). */
export function lookupTactic(index: AttackIndex, nameOrId: string): TacticInfo | undefined {
  const key = nameOrId.replace(/^attack\./i, '');
  return index.tactics[key] ?? Object.values(index.tactics).find((tactic) => tactic.id === key.toUpperCase());
}

export function lookupGroup(index: AttackIndex, id: string): NamedInfo | undefined {
  return index.groups[normalizeId(id)];
}

export function lookupSoftware(index: AttackIndex, id: string): NamedInfo | undefined {
  return index.software[normalizeId(id)];
}

/**
 * Techniques whose id starts with, or whose name contains, every word of `text`, current ones first:
 * for tag completion. `limit` defaults to 50.
 */
export function searchTechniques(index: AttackIndex, text: string, options: { limit?: number; includeRevoked?: boolean } = {}): TechniqueInfo[] {
  const words = text.toLowerCase().replace(/^attack\./, '').split(/\s+/).filter(Boolean);
  const matches = Object.values(index.techniques).filter((technique) => (options.includeRevoked || (!technique.revoked && !technique.deprecated)) && matchesWords(technique, words));
  matches.sort((a, b) => Number(a.revoked || a.deprecated) - Number(b.revoked || b.deprecated) || a.id.localeCompare(b.id));
  return matches.slice(0, options.limit ?? 50);
}

/** Every tactic of the loaded release, in id order. */
export function listTactics(index: AttackIndex): TacticInfo[] {
  return Object.values(index.tactics).sort((a, b) => a.id.localeCompare(b.id));
}

function matchesWords(technique: TechniqueInfo, words: string[]): boolean {
  const id = technique.id.toLowerCase();
  const name = technique.name.toLowerCase();
  return words.every((word) => id.startsWith(word) || name.includes(word));
}

function normalizeId(id: string): string {
  return id.replace(/^attack\./i, '').toUpperCase();
}
