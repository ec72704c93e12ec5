import type { AttackIndex } from './attack-index';

/** The ATT&CK index in `resources.attack`, if the caller loaded one; ATT&CK checks report nothing without it. */
export function attackFrom(resources: { attack?: unknown }): AttackIndex | undefined {
  const index = resources.attack as AttackIndex | undefined;
  return index && typeof index === 'object' && index.techniques ? index : undefined;
}
