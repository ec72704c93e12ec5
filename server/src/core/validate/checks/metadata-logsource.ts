import { isMap } from 'yaml';
import type { Logsource, SigmaRule } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';
import { closestWord } from '../../text/edit-distance';
import { LOGSOURCE_KEYS as LOGSOURCE_KEY_VALUES } from '../../sigma/vocabulary';

const LOGSOURCE_KEYS = LOGSOURCE_KEY_VALUES.map((info) => info.value);
const CASED_KEYS = ['product', 'category', 'service'] as const;

/**
 * The shape of `logsource` (whether a combination is known is the taxonomy checks' job):
 * detection and filter rules have one, it names a product, category or service,
 * the values are lowercase, and it has no other keys.
 */
export const logsourceShapeCheck: Check = {
  codes: {
    'missing-logsource': { severity: 'error', description: 'A detection or filter rule has no logsource.' },
    'empty-logsource': { severity: 'error', description: 'The logsource names no product, category or service.' },
    'logsource-not-lowercase': { severity: 'warning', description: 'A logsource value has uppercase letters; logsource values are lowercase.' },
    'unknown-logsource-key': { severity: 'warning', description: 'The logsource has a key other than product, category, service and definition.' },
  },
  run({ rule }: CheckContext): Finding[] {
    if (!rule.logsource) return missingLogsource(rule);
    // The parser reports a logsource that is not a map; its emptiness would only repeat that.
    if (!isMap(rule.attributes.find((item) => item.key === 'logsource')?.node)) return [];
    return [...emptyLogsource(rule.logsource), ...uppercaseValues(rule.logsource), ...unknownKeys(rule.logsource)];
  },
};

function missingLogsource(rule: SigmaRule): Finding[] {
  if (rule.kind !== 'detection' && rule.kind !== 'filter') return [];
  const range = rule.title?.range ?? rule.attributes[0]?.keyRange ?? rule.range;
  return [{ code: 'missing-logsource', message: 'The rule has no logsource: add `logsource:` with a product, category or service', range }];
}

function emptyLogsource(logsource: Logsource): Finding[] {
  if (logsource.product || logsource.category || logsource.service) return [];
  return [{ code: 'empty-logsource', message: 'The logsource names no product, category or service', range: logsource.range }];
}

function uppercaseValues(logsource: Logsource): Finding[] {
  const findings: Finding[] = [];
  for (const key of CASED_KEYS) {
    const located = logsource[key];
    if (!located || located.value === located.value.toLowerCase()) continue;
    const lower = located.value.toLowerCase();
    const fixes = /^[a-z0-9_-]+$/.test(lower) ? [{ title: `Change to '${lower}'`, edits: [{ range: located.range, newText: lower }] }] : undefined;
    findings.push({ code: 'logsource-not-lowercase', message: `Logsource ${key} '${located.value}' should be lowercase: '${lower}'`, range: located.range, fixes });
  }
  return findings;
}

function unknownKeys(logsource: Logsource): Finding[] {
  const findings: Finding[] = [];
  for (const [key, range] of logsource.keyRanges) {
    if (LOGSOURCE_KEYS.includes(key)) continue;
    const suggestion = closestWord(key.toLowerCase(), LOGSOURCE_KEYS) ?? LOGSOURCE_KEYS.find((known) => key.toLowerCase() === known);
    const useful = suggestion && !logsource.keyRanges.has(suggestion);
    const message = `Unknown logsource key '${key}': expected product, category, service or definition${useful ? ` (did you mean '${suggestion}'?)` : ''}`;
    const fixes = useful ? [{ title: `Rename to '${suggestion}'`, edits: [{ range, newText: suggestion }] }] : undefined;
    findings.push({ code: 'unknown-logsource-key', message, range, fixes });
  }
  return findings;
}
