/**
 * Tactics that later ATT&CK releases introduced, with the tactic of earlier releases they came from.
 * ATT&CK v19 split Defense Evasion into Stealth and Defense Impairment; SigmaHQ already uses both, so a rule
 * tagged `attack.stealth` must not be told it lacks `attack.defense-evasion` when the loaded release is older.
 */
export const LATER_TACTICS: Readonly<Record<string, readonly string[]>> = {
  stealth: ['defense-evasion'],
  'defense-impairment': ['defense-evasion'],
};

/** The tactics of the loaded release that a tactic tag stands for: itself, or what a later tactic split from. */
export function tacticsCoveredBy(shortname: string): readonly string[] {
  return [shortname, ...(LATER_TACTICS[shortname] ?? [])];
}
