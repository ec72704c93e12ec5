import type { FieldMatch, SigmaValue } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';
import { fieldMatchesOf } from '../rule-detections';
import { textOf } from '../source-text';

const NUMERIC = new Set(['lt', 'lte', 'gt', 'gte', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/** Values that a modifier cannot take: exists needs a boolean, cidr a network, numeric modifiers a number. */
export const modifierValuesCheck: Check = {
  codes: {
    'invalid-exists': { severity: 'error', description: 'exists takes one boolean (true or false) and no other modifier.' },
    'fieldref-wildcard': { severity: 'warning', description: 'A fieldref value has wildcards; it names a field, so they are read literally.' },
    'invalid-cidr': { severity: 'error', description: 'A cidr value is not an IPv4 or IPv6 network in CIDR notation.' },
    'numeric-modifier-not-number': { severity: 'error', description: 'A numeric modifier (lt, gt, hour, ...) has a value that is not a number.' },
  },
  run(context: CheckContext): Finding[] {
    return fieldMatchesOf(context.rule).flatMap((match) => checkValues(context, match));
  },
};

function checkValues(context: CheckContext, match: FieldMatch): Finding[] {
  const names = match.modifiers.map((modifier) => modifier.name);
  if (names.includes('exists')) return checkExists(context, match, names);
  const findings: Finding[] = [];
  const numeric = names.find((name) => NUMERIC.has(name));
  for (const value of match.values) {
    if (names.includes('fieldref') && value.kind === 'string' && value.pattern.hasWildcards) {
      findings.push({ code: 'fieldref-wildcard', message: `fieldref names a field: the wildcard in '${value.value}' is not expanded`, range: value.range });
    }
    if (names.includes('cidr') && !(value.kind === 'string' && isCidr(value.value))) {
      findings.push({ code: 'invalid-cidr', message: `'${String(value.value)}' is not a network in CIDR notation (for example 10.0.0.0/8 or fe80::/10)`, range: value.range });
    }
    if (numeric && value.kind !== 'number') findings.push(notNumber(context, value, numeric));
  }
  return findings;
}

function checkExists(context: CheckContext, match: FieldMatch, names: string[]): Finding[] {
  const findings: Finding[] = [];
  if (names.length > 1) findings.push({ code: 'invalid-exists', message: 'exists cannot be combined with other modifiers', range: match.keyRange });
  const [value] = match.values;
  if (match.valueIsList || match.values.length !== 1) {
    findings.push({ code: 'invalid-exists', message: 'exists takes a single true or false, not a list', range: match.valueRange });
  } else if (value.kind !== 'boolean') {
    const word = value.kind === 'string' ? value.value.trim().toLowerCase() : '';
    const fixes = word === 'true' || word === 'false' ? [{ title: `Change to ${word}`, edits: [{ range: value.range, newText: word }] }] : undefined;
    findings.push({ code: 'invalid-exists', message: `exists takes true or false, not ${textOf(context.text, context.lines, value.range)}`, range: value.range, fixes });
  }
  return findings;
}

function notNumber(context: CheckContext, value: SigmaValue, modifier: string): Finding {
  const numeric = value.kind === 'string' && /^-?\d+(\.\d+)?$/.test(value.value.trim());
  const fixes = numeric ? [{ title: 'Write it as a number', edits: [{ range: value.range, newText: String(value.value).trim() }] }] : undefined;
  const shown = textOf(context.text, context.lines, value.range);
  return { code: 'numeric-modifier-not-number', message: `${modifier} compares numbers: ${shown} is not a number`, range: value.range, fixes };
}

/** IPv4 `a.b.c.d/n` (n 0-32) or IPv6 `x::y/n` (n 0-128); a bare address counts as a single-host network. */
export function isCidr(text: string): boolean {
  const [address, prefix, extra] = text.trim().split('/');
  if (extra !== undefined) return false;
  if (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) return false;
  if (isIpv4(address)) return prefix === undefined || Number(prefix) <= 32;
  if (isIpv6(address)) return prefix === undefined || Number(prefix) <= 128;
  return false;
}

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

function isIpv6(text: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(text) || (text.match(/::/g) ?? []).length > 1) return false;
  const groups = text.split(':');
  const last = groups[groups.length - 1];
  const tailGroups = last.includes('.') ? (isIpv4(last) ? 2 : NaN) : 1;
  const hexGroups = groups.slice(0, -1).concat(last.includes('.') ? [] : [last]).filter((group) => group !== '');
  if (!hexGroups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return false;
  const count = hexGroups.length - (last.includes('.') ? 0 : 1) + tailGroups;
  return text.includes('::') ? count < 8 : count === 8;
}
