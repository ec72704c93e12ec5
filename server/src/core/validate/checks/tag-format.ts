import type { Located } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';
import { deleteListItemLine } from '../source-text';

const TAG_FORMAT = /^[a-z0-9_-]+\.[a-z0-9._-]+$/;
const KNOWN_NAMESPACES = ['attack', 'car', 'cve', 'd3fend', 'detection', 'stp', 'tlp'];

/** The value patterns of the namespaces the specification's tags appendix defines (ATT&CK is checked against its data). */
const NAMESPACE_FORMATS: Record<string, { code: string; pattern: RegExp; example: string }> = {
  cve: { code: 'invalid-cve-tag', pattern: /^cve\.\d{4}-\d{4,}$/, example: 'cve.2021-44228' },
  car: { code: 'invalid-car-tag', pattern: /^car\.\d{4}-\d{2}-\d{3}$/, example: 'car.2016-04-005' },
  tlp: { code: 'invalid-tlp-tag', pattern: /^tlp\.(?:clear|white|green|amber|amber-strict|red)$/, example: 'tlp.clear, tlp.green, tlp.amber, tlp.amber-strict or tlp.red' },
  stp: { code: 'invalid-stp-tag', pattern: /^stp\.[1-5][auk]?$/, example: 'stp.1u, stp.2a, stp.3k (level 1-5, then a, u or k)' },
  detection: { code: 'invalid-detection-tag', pattern: /^detection\.(?:dfir|emerging-threats|threat-hunting)$/, example: 'detection.dfir, detection.emerging-threats or detection.threat-hunting' },
  d3fend: { code: 'invalid-d3fend-tag', pattern: /^d3fend\.(?:d3-[a-z0-9]+|[a-z0-9-]+)$/, example: 'd3fend.d3-am' },
};

/** Tag format: `namespace.value`, known namespaces, no duplicates, and each namespace's own pattern. */
export const tagFormatCheck: Check = {
  codes: {
    'invalid-tag': { severity: 'error', description: 'A tag is not lowercase `namespace.value`.' },
    'unknown-tag-namespace': { severity: 'warning', description: 'A tag namespace is not one of attack, car, cve, d3fend, detection, stp, tlp.' },
    'duplicate-tag': { severity: 'warning', description: 'A tag is listed twice.' },
    'invalid-cve-tag': { severity: 'warning', description: 'A cve tag is not cve.YYYY-NNNN.' },
    'invalid-car-tag': { severity: 'warning', description: 'A car tag is not car.YYYY-MM-NNN.' },
    'invalid-tlp-tag': { severity: 'warning', description: 'A tlp tag is not a TLP level (clear, white, green, amber, amber-strict, red).' },
    'invalid-stp-tag': { severity: 'warning', description: 'An stp tag is not a Summiting the Pyramid score (stp.1u ... stp.5k).' },
    'invalid-detection-tag': { severity: 'warning', description: 'A detection tag is not dfir, emerging-threats or threat-hunting.' },
    'invalid-d3fend-tag': { severity: 'warning', description: 'A d3fend tag is not a D3FEND id (d3fend.d3-xxx).' },
  },
  run(context: CheckContext): Finding[] {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const tag of context.rule.tags) {
      if (seen.has(tag.value)) findings.push(duplicateTag(context, tag));
      seen.add(tag.value);
      const finding = formatFinding(tag);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

function formatFinding(tag: Located<string>): Finding | undefined {
  if (!TAG_FORMAT.test(tag.value)) return invalidTag(tag);
  const namespace = tag.value.slice(0, tag.value.indexOf('.'));
  if (!KNOWN_NAMESPACES.includes(namespace)) {
    return { code: 'unknown-tag-namespace', message: `Unknown tag namespace '${namespace}': the specification defines ${KNOWN_NAMESPACES.join(', ')}`, range: tag.range };
  }
  const format = NAMESPACE_FORMATS[namespace];
  if (!format || format.pattern.test(tag.value)) return undefined;
  return { code: format.code, message: `'${tag.value}' is not a valid ${namespace} tag: expected ${format.example}`, range: tag.range };
}

function invalidTag(tag: Located<string>): Finding {
  const normalized = tag.value.trim().toLowerCase().replace(/\s+/g, '-');
  const fixable = normalized !== tag.value && TAG_FORMAT.test(normalized);
  const fixes = fixable ? [{ title: `Change to '${normalized}'`, edits: [{ range: tag.range, newText: normalized }] }] : undefined;
  const message = `'${tag.value}' is not a tag of the form namespace.value (lowercase letters, digits, '_', '-', '.')${fixable ? `: '${normalized}'?` : ''}`;
  return { code: 'invalid-tag', message, range: tag.range, fixes };
}

function duplicateTag(context: CheckContext, tag: Located<string>): Finding {
  const edit = deleteListItemLine(context.text, context.lines, tag.range);
  const fixes = edit ? [{ title: 'Remove the duplicate tag', edits: [edit] }] : undefined;
  return { code: 'duplicate-tag', message: `The tag '${tag.value}' is already listed`, range: tag.range, fixes };
}
