import type { Attribute } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';

const STRING_ATTRIBUTES = new Set(['title', 'id', 'name', 'taxonomy', 'status', 'description', 'license', 'author', 'date', 'modified', 'level']);
const LIST_ATTRIBUTES = new Set(['references', 'falsepositives', 'fields', 'tags', 'scope']);
const MAX_DESCRIPTION_LENGTH = 65535;
/** Attributes whose values other checks read as text and report themselves (`invalid-status`, `invalid-date`, ...). */
const VALUE_CHECKED = new Set(['id', 'status', 'level', 'date', 'modified']);

/**
 * Metadata attributes have the types of the specification's schema: strings, or lists of strings.
 * A single string where a list is expected is only a warning: most tools read it as a list of one.
 */
export const attributeTypesCheck: Check = {
  codes: {
    'invalid-attribute-type': { severity: 'error', description: 'A metadata attribute has the wrong type (for example a map where a string or a list of strings is expected).' },
  },
  run({ rule }: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const attribute of rule.attributes) {
      const finding = STRING_ATTRIBUTES.has(attribute.key) ? checkString(attribute) : LIST_ATTRIBUTES.has(attribute.key) ? checkList(attribute) : undefined;
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

function checkString(attribute: Attribute): Finding | undefined {
  const { value, key } = attribute;
  if (value === null || value === undefined || typeof value === 'string' || value instanceof Date) {
    if (key === 'description' && typeof value === 'string' && value.length > MAX_DESCRIPTION_LENGTH) {
      return finding(attribute, `The description has ${value.length} characters; at most ${MAX_DESCRIPTION_LENGTH} are allowed`);
    }
    return undefined;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    if (VALUE_CHECKED.has(key)) return undefined;
    return { ...finding(attribute, `${key} should be a string; quote it`), severity: 'warning' };
  }
  return finding(attribute, `${key} must be a string, not ${describe(value)}`);
}

function checkList(attribute: Attribute): Finding | undefined {
  const { value, key } = attribute;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return { ...finding(attribute, `${key} should be a list: write it as \`- ${value.slice(0, 40)}\` on the next line`), severity: 'warning' };
  if (!Array.isArray(value)) return finding(attribute, `${key} must be a list of strings, not ${describe(value)}`);
  const bad = value.find((item) => typeof item !== 'string' && typeof item !== 'number');
  return bad === undefined ? undefined : finding(attribute, `Every item of ${key} must be a string, not ${describe(bad)}`);
}

function finding(attribute: Attribute, message: string): Finding {
  return { code: 'invalid-attribute-type', message, range: attribute.valueRange };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'a map' : `a ${typeof value}`;
}
