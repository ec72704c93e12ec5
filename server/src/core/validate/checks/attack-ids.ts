import type { Located } from '../../sigma/model';
import type { AttackIndex } from '../../attack/attack-index';
import { attackFrom } from '../../attack/attack-resources';
import { attackTagFor, parseAttackTag } from '../../attack/attack-tags';
import type { Check, CheckContext, Finding } from '../check';
import { replaceTagFix } from './attack-tag-edits';

/**
 * Technique, group and software tags against the loaded ATT&CK release. An id the release lacks is a warning
 * that names the release, never an error: SigmaHQ already tags with ids from newer releases.
 * A revoked technique names its replacement when the bundle records one, with a fix.
 */
export const attackIdsCheck: Check = {
  codes: {
    'attack-unknown-technique': { severity: 'warning', description: 'The technique id is not in the loaded ATT&CK release.' },
    'attack-revoked-technique': { severity: 'warning', description: 'The technique is revoked in the loaded ATT&CK release.' },
    'attack-deprecated-technique': { severity: 'warning', description: 'The technique is deprecated in the loaded ATT&CK release.' },
    'attack-unknown-group': { severity: 'warning', description: 'The group id is not in the loaded ATT&CK release.' },
    'attack-unknown-software': { severity: 'warning', description: 'The software id is not in the loaded ATT&CK release.' },
  },
  run(context: CheckContext): Finding[] {
    const index = attackFrom(context.resources);
    if (!index) return [];
    return context.rule.tags.flatMap((tag) => findingsFor(context, index, tag));
  },
};

function findingsFor(context: CheckContext, index: AttackIndex, tag: Located<string>): Finding[] {
  const parsed = parseAttackTag(tag.value);
  const release = `ATT&CK v${index.version}`;
  if (parsed?.kind === 'group' && !index.groups[parsed.id]) return [unknown('attack-unknown-group', `Group ${parsed.id} is not in ${release} (the loaded bundle): it is newer or mistyped`, tag)];
  if (parsed?.kind === 'software' && !index.software[parsed.id]) return [unknown('attack-unknown-software', `Software ${parsed.id} is not in ${release} (the loaded bundle): it is newer or mistyped`, tag)];
  if (parsed?.kind !== 'technique') return [];
  const technique = index.techniques[parsed.id];
  if (!technique) return [unknown('attack-unknown-technique', `Technique ${parsed.id} is not in ${release} (the loaded bundle): it may come from a newer release, or be mistyped`, tag)];
  if (technique.revoked) return [revoked(context, index, tag, technique.id, technique.name, technique.replacedBy)];
  if (technique.deprecated) return [{ code: 'attack-deprecated-technique', message: `Technique ${technique.id} (${technique.name}) is deprecated in ${release}`, range: tag.range, data: { id: technique.id } }];
  return [];
}

function unknown(code: string, message: string, tag: Located<string>): Finding {
  return { code, message, range: tag.range, data: { tag: tag.value } };
}

function revoked(context: CheckContext, index: AttackIndex, tag: Located<string>, id: string, name: string, replacedBy: string | undefined): Finding {
  const replacement = replacedBy ? index.techniques[replacedBy] : undefined;
  const by = replacement ? `; it was replaced by ${replacement.id} (${replacement.name})` : '';
  const fix = replacement ? replaceTagFix(context.text, context.lines, tag, attackTagFor(replacement.id)) : undefined;
  return { code: 'attack-revoked-technique', message: `Technique ${id} (${name}) is revoked in ATT&CK v${index.version}${by}`, range: tag.range, fixes: fix ? [fix] : undefined, data: { id, replacedBy } };
}
