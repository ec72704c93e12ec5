import { isMap } from 'yaml';
import type { Detection, SigmaRule } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';

/** A detection (or a filter's body) needs a condition and at least one selection for the condition to use. */
export const detectionStructureCheck: Check = {
  codes: {
    'missing-condition': { severity: 'error', description: 'The detection has no condition.' },
    'no-selection': { severity: 'error', description: 'The detection defines no selection.' },
  },
  run({ rule }: CheckContext): Finding[] {
    const section = sectionOf(rule);
    if (!section) return [];
    const findings: Finding[] = [];
    if (!section.detection.condition) findings.push({ code: 'missing-condition', message: `The ${section.key} has no condition: add \`condition: selection\``, range: section.keyRange });
    if (section.detection.selections.length === 0) findings.push({ code: 'no-selection', message: `The ${section.key} defines no selection for the condition to use`, range: section.keyRange });
    return findings;
  },
};

/** The detection-shaped section when it is a map (the parser reports other shapes). */
function sectionOf(rule: SigmaRule): { key: string; keyRange: Finding['range']; detection: Detection } | undefined {
  const key = rule.kind === 'filter' ? 'filter' : 'detection';
  const detection = rule.kind === 'filter' ? rule.filter?.detection : rule.detection;
  const attribute = rule.attributes.find((item) => item.key === key);
  if (!detection || !attribute || !isMap(attribute.node)) return undefined;
  return { key, keyRange: attribute.keyRange, detection };
}
