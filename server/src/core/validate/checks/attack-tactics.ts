import type { Located } from '../../sigma/model';
import type { AttackIndex } from '../../attack/attack-index';
import { attackFrom } from '../../attack/attack-resources';
import { attackTagFor, parseAttackTag } from '../../attack/attack-tags';
import { LATER_TACTICS, tacticsCoveredBy } from '../../attack/version-drift';
import type { Fix } from '../../sigma/diagnostic';
import type { Check, CheckContext, Finding } from '../check';
import { insertTagBeforeFix } from './attack-tag-edits';

/**
 * Tactic tags against the loaded ATT&CK release, and techniques tagged without any of their tactics.
 * A tactic the release lacks (`stealth` before v19) is a warning naming the release, never an error.
 */
export const attackTacticsCheck: Check = {
  codes: {
    'attack-unknown-tactic': { severity: 'warning', description: 'The tactic is not in the loaded ATT&CK release.' },
    'attack-missing-tactic': { severity: 'hint', description: 'A technique is tagged without any of its tactics.' },
  },
  run(context: CheckContext): Finding[] {
    const index = attackFrom(context.resources);
    if (!index || Object.keys(index.tactics).length === 0) return [];
    const tactics = context.rule.tags.flatMap((tag) => tacticOf(tag));
    return [...tactics.flatMap(({ tag, shortname }) => unknownTactic(index, tag, shortname)), ...missingTactics(context, index, new Set(tactics.flatMap((item) => tacticsCoveredBy(item.shortname))))];
  },
};

function tacticOf(tag: Located<string>): { tag: Located<string>; shortname: string }[] {
  const parsed = parseAttackTag(tag.value);
  return parsed?.kind === 'tactic' ? [{ tag, shortname: parsed.shortname }] : [];
}

function unknownTactic(index: AttackIndex, tag: Located<string>, shortname: string): Finding[] {
  if (index.tactics[shortname]) return [];
  const later = LATER_TACTICS[shortname] ? ` (a tactic of a later release, split from ${LATER_TACTICS[shortname].join(', ')})` : '';
  const message = `Tactic '${shortname}' is not in ATT&CK v${index.version} (the loaded bundle)${later}`;
  return [{ code: 'attack-unknown-tactic', message, range: tag.range, data: { tactic: shortname } }];
}

function missingTactics(context: CheckContext, index: AttackIndex, present: Set<string>): Finding[] {
  const findings: Finding[] = [];
  for (const tag of context.rule.tags) {
    const parsed = parseAttackTag(tag.value);
    const technique = parsed?.kind === 'technique' ? index.techniques[parsed.id] : undefined;
    if (!technique || technique.revoked || technique.tactics.length === 0 || technique.tactics.some((tactic) => present.has(tactic))) continue;
    const names = technique.tactics.map((tactic) => attackTagFor(tactic));
    const fixes = names.map((name) => insertTagBeforeFix(context.text, context.lines, tag, name)).filter((fix): fix is Fix => fix !== undefined);
    const message = `Technique ${technique.id} (${technique.name}) is tagged without its tactic: add ${names.join(' or ')}`;
    findings.push({ code: 'attack-missing-tactic', message, range: tag.range, fixes: fixes.length > 0 ? fixes : undefined, data: { tactics: technique.tactics } });
  }
  return findings;
}
