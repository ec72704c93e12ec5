import type { Attribute } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';
import { closestWord } from '../../text/edit-distance';
import { SUPPRESSION_ATTRIBUTE } from '../suppression';
import { TOP_LEVEL_KEYS } from '../../sigma/vocabulary';

/** Top-level attributes of detection, correlation and filter rules (specification v2.1 schemas), and our suppression attribute. */
export const KNOWN_ATTRIBUTES: readonly string[] = [...TOP_LEVEL_KEYS.map((info) => info.name), SUPPRESSION_ATTRIBUTE];
const KNOWN = new Set(KNOWN_ATTRIBUTES);

/**
 * Custom top-level attributes are allowed, but one that is a near miss of a known attribute
 * (`realted`, `falsepositive`, `Tags`) is most likely a typo that silently drops the value.
 */
export const attributeTypoCheck: Check = {
  codes: {
    'attribute-typo': { severity: 'warning', description: 'A custom top-level attribute looks like a misspelt known attribute.' },
  },
  run({ rule }: CheckContext): Finding[] {
    const present = new Set(rule.attributes.map((attribute) => attribute.key));
    const findings: Finding[] = [];
    for (const attribute of rule.attributes) {
      const intended = KNOWN.has(attribute.key) ? undefined : intendedAttribute(attribute.key);
      if (intended) findings.push(typoFinding(attribute, intended, present.has(intended)));
    }
    return findings;
  },
};

/** The known attribute a custom key most likely meant: same word in another case, plural/singular, or within a small edit distance. */
export function intendedAttribute(key: string): string | undefined {
  const lower = key.toLowerCase();
  if (KNOWN.has(lower)) return lower;
  for (const candidate of [`${lower}s`, lower.replace(/s$/, ''), lower.replace(/[_ ]/g, '-'), lower.replace(/[-_ ]/g, '')]) {
    if (KNOWN.has(candidate)) return candidate;
  }
  // One or two letters away from a short word is too likely to be a different word on purpose.
  if (lower.length < 4) return undefined;
  return closestWord(lower, KNOWN_ATTRIBUTES, lower.length >= 6 ? 2 : 1);
}

function typoFinding(attribute: Attribute, intended: string, intendedPresent: boolean): Finding {
  const message = `Unknown attribute '${attribute.key}': did you mean '${intended}'? Custom attributes are allowed, but tools ignore this one`;
  const fixes = intendedPresent ? undefined : [{ title: `Rename to '${intended}'`, edits: [{ range: attribute.keyRange, newText: intended }] }];
  return { code: 'attribute-typo', message, range: attribute.keyRange, fixes, data: { intended } };
}
