/** What an `attack.*` tag refers to. Anything else in the attack namespace is left to the tag format check. */
export type AttackTag =
  | { kind: 'technique'; id: string }
  | { kind: 'group'; id: string }
  | { kind: 'software'; id: string }
  | { kind: 'tactic'; shortname: string };

const TECHNIQUE = /^t\d{4}(\.\d{3})?$/i;
const GROUP = /^g\d{4}$/i;
const SOFTWARE = /^s\d{4}$/i;
const TACTIC = /^[a-z]+(-[a-z]+)*$/;

/** Reads `attack.t1059.001`, `attack.g0016`, `attack.s0002` or `attack.execution`; undefined for other tags. */
export function parseAttackTag(tag: string): AttackTag | undefined {
  if (!tag.toLowerCase().startsWith('attack.')) return undefined;
  const value = tag.slice('attack.'.length);
  if (TECHNIQUE.test(value)) return { kind: 'technique', id: value.toUpperCase() };
  if (GROUP.test(value)) return { kind: 'group', id: value.toUpperCase() };
  if (SOFTWARE.test(value)) return { kind: 'software', id: value.toUpperCase() };
  if (TACTIC.test(value)) return { kind: 'tactic', shortname: value };
  return undefined;
}

/** The tag text for a technique or tactic, in SigmaHQ's lowercase style. */
export function attackTagFor(idOrShortname: string): string {
  return `attack.${idOrShortname.toLowerCase()}`;
}
