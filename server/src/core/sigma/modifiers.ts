/**
 * The value modifiers of the Sigma specification v2.1 appendix, with what each one means.
 * The parser types every modifier against this table; the validator, the evaluator and hovers reuse it.
 */
export type ModifierCategory =
  | 'string-match'
  | 'general'
  | 'regex'
  | 'regex-flag'
  | 'encoding'
  | 'numeric'
  | 'time-part'
  | 'network'
  | 'placeholder'
  | 'field-reference';

export interface ModifierInfo {
  name: string;
  category: ModifierCategory;
  summary: string;
}

const MODIFIERS: readonly ModifierInfo[] = [
  { name: 'contains', category: 'string-match', summary: 'Matches the value anywhere in the field (wraps it in `*` wildcards).' },
  { name: 'startswith', category: 'string-match', summary: 'Matches the value at the start of the field.' },
  { name: 'endswith', category: 'string-match', summary: 'Matches the value at the end of the field.' },
  { name: 'all', category: 'general', summary: 'Links the values of a list with AND instead of OR. Needs a list of two or more values.' },
  { name: 'exists', category: 'general', summary: 'With `true`, the field must be present; with `false`, it must be absent.' },
  { name: 'cased', category: 'general', summary: 'Matches case-sensitively; Sigma matching is case-insensitive by default.' },
  { name: 'neq', category: 'general', summary: 'Matches when the field is not equal to the value.' },
  { name: 'windash', category: 'string-match', summary: 'Also matches every `-` written as `/`, `–`, `—` or `―` (Windows command-line flags).' },
  { name: 're', category: 'regex', summary: 'The value is a regular expression (PCRE subset), matched case-sensitively unless `i` is given.' },
  { name: 'i', category: 'regex-flag', summary: '`re` flag: case-insensitive matching.' },
  { name: 'm', category: 'regex-flag', summary: '`re` flag: multi-line mode, `^` and `$` match at line breaks.' },
  { name: 's', category: 'regex-flag', summary: '`re` flag: single-line mode, `.` also matches line breaks.' },
  { name: 'base64', category: 'encoding', summary: 'Matches the base64 encoding of the value.' },
  { name: 'base64offset', category: 'encoding', summary: 'Matches the value base64-encoded at each of the three byte offsets; use with `contains`.' },
  { name: 'utf16le', category: 'encoding', summary: 'Encodes the value as UTF-16 little-endian before a base64 modifier.' },
  { name: 'utf16be', category: 'encoding', summary: 'Encodes the value as UTF-16 big-endian before a base64 modifier.' },
  { name: 'utf16', category: 'encoding', summary: 'Encodes the value as UTF-16 with a byte order mark before a base64 modifier.' },
  { name: 'wide', category: 'encoding', summary: 'Alias of `utf16le`.' },
  { name: 'lt', category: 'numeric', summary: 'The field is numerically less than the value.' },
  { name: 'lte', category: 'numeric', summary: 'The field is numerically less than or equal to the value.' },
  { name: 'gt', category: 'numeric', summary: 'The field is numerically greater than the value.' },
  { name: 'gte', category: 'numeric', summary: 'The field is numerically greater than or equal to the value.' },
  { name: 'minute', category: 'time-part', summary: 'Compares the minute (0-59) of the field\'s timestamp.' },
  { name: 'hour', category: 'time-part', summary: 'Compares the hour (0-23) of the field\'s timestamp.' },
  { name: 'day', category: 'time-part', summary: 'Compares the day of the month (1-31) of the field\'s timestamp.' },
  { name: 'week', category: 'time-part', summary: 'Compares the ISO week (1-53) of the field\'s timestamp.' },
  { name: 'month', category: 'time-part', summary: 'Compares the month (1-12) of the field\'s timestamp.' },
  { name: 'year', category: 'time-part', summary: 'Compares the year of the field\'s timestamp.' },
  { name: 'cidr', category: 'network', summary: 'The field is an IPv4 or IPv6 address inside the given CIDR network.' },
  { name: 'expand', category: 'placeholder', summary: 'Replaces `%name%` placeholders with values from the environment\'s placeholder map.' },
  { name: 'fieldref', category: 'field-reference', summary: 'The value names another field; matches when both fields are equal.' },
];

const BY_NAME = new Map(MODIFIERS.map((info) => [info.name, info]));

export function modifierInfo(name: string): ModifierInfo | undefined {
  return BY_NAME.get(name);
}

export function allModifiers(): readonly ModifierInfo[] {
  return MODIFIERS;
}
