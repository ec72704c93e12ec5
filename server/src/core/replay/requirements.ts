import { EVENT_ID_FIELDS, type Atom } from './field-matcher';

/**
 * What must hold in an event for a part of a rule to match, as the replay index uses it to skip
 * rules without evaluating them: every clause (a list of atoms, any one of which suffices) must be
 * found in the event, and the event ID must be one of `eventIds`. Empty clauses and absent event IDs
 * mean nothing is known.
 */
export interface Requirement {
  clauses: Atom[][];
  eventIds?: string[];
}

export const NO_REQUIREMENT: Requirement = { clauses: [] };

/** Clauses kept per rule: enough to be selective, few enough for a bit mask. */
export const MAX_CLAUSES = 6;

export function leafRequirement(atoms: Atom[] | undefined, eventIds: string[] | undefined): Requirement {
  return { clauses: atoms && atoms.length ? [atoms] : [], eventIds };
}

/** Every operand must hold, so every operand's clauses are necessary: keep the most selective. */
export function requireAll(parts: Requirement[]): Requirement {
  const clauses = parts.flatMap((part) => part.clauses);
  const idSets = parts.map((part) => part.eventIds).filter((ids): ids is string[] => ids !== undefined);
  return { clauses: bestClauses(clauses, MAX_CLAUSES), eventIds: idSets.length ? intersect(idSets) : undefined };
}

/** One operand must hold: one clause, the union of each operand's best clause; known only when every operand has one. */
export function requireAny(parts: Requirement[]): Requirement {
  if (parts.length === 0) return NO_REQUIREMENT;
  const eventIds = parts.every((part) => part.eventIds) ? [...new Set(parts.flatMap((part) => part.eventIds!))] : undefined;
  if (parts.some((part) => part.clauses.length === 0)) return { clauses: [], eventIds };
  if (parts.length === 1) return { clauses: parts[0].clauses, eventIds };
  return { clauses: [parts.flatMap((part) => bestClauses(part.clauses, 1)[0])], eventIds };
}

function bestClauses(clauses: Atom[][], limit: number): Atom[][] {
  if (clauses.length <= limit) return clauses;
  return [...clauses].sort((a, b) => clauseScore(b) - clauseScore(a) || a.length - b.length).slice(0, limit);
}

/** Short needles, common path fragments and event-ID fields trigger on most events, so they rank last. */
function clauseScore(atoms: Atom[]): number {
  let score = Infinity;
  for (const atom of atoms) {
    const weak = atom.field !== null && (EVENT_ID_FIELDS.has(atom.field) || atom.field === 'Channel' || atom.field === 'Provider_Name');
    score = Math.min(score, weak ? 0 : atom.needle.length - (COMMON_FRAGMENTS.has(atom.needle) ? 8 : 0));
  }
  return score;
}

const COMMON_FRAGMENTS = new Set(['.exe', '.dll', 'c:\\windows\\', '\\windows\\', 'c:\\windows\\system32\\', '\\system32\\', 'c:\\', 'microsoft', 'microsoft corporation', 'windows']);

function intersect(sets: string[][]): string[] {
  return sets.reduce((kept, set) => kept.filter((id) => set.includes(id)));
}
