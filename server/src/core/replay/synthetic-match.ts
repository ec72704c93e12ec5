import type { FieldMatch, Modifier, SigmaValue } from '../sigma/model';
import type { Range } from '../sigma/position';
import { parseSigmaString } from '../sigma/sigma-string';

const NOWHERE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A field match built from plain data (a pipeline's `add_condition`), with empty ranges. */
export function syntheticFieldMatch(key: string, value: unknown): FieldMatch {
  const [field, ...names] = key.split('|');
  const modifiers: Modifier[] = names.map((name) => ({ name, range: NOWHERE, known: true }));
  const list = Array.isArray(value) ? value : [value];
  return { key, keyRange: NOWHERE, field, fieldRange: NOWHERE, modifiers, values: list.map(toValue), valueIsList: Array.isArray(value), valueRange: NOWHERE };
}

function toValue(value: unknown): SigmaValue {
  if (value === null || value === undefined) return { kind: 'null', value: null, range: NOWHERE };
  if (typeof value === 'number') return { kind: 'number', value, source: String(value), range: NOWHERE };
  if (typeof value === 'boolean') return { kind: 'boolean', value, range: NOWHERE };
  const text = String(value);
  return { kind: 'string', value: text, pattern: parseSigmaString(text), range: NOWHERE };
}
