import type { Scalar } from 'yaml';
import { modifierInfo } from './modifiers';
import type { Modifier } from './model';
import type { Range } from './position';
import type { ParseContext } from './yaml-nodes';

export interface FieldKey {
  field: string | null;
  fieldRange: Range;
  modifiers: Modifier[];
}

/**
 * Splits `Field|mod|mod` into the field name and its modifier chain, each with its own range.
 * Unknown or empty modifiers are reported with the range of the modifier itself.
 */
export function parseFieldKey(context: ParseContext, key: string, keyNode: Scalar | null, keyRange: Range): FieldKey {
  const toRange = keyNode ? context.scalarMapper(keyNode) : () => keyRange;
  const parts = key.split('|');
  const field = parts[0];
  const modifiers: Modifier[] = [];
  let offset = field.length + 1;
  for (const name of parts.slice(1)) {
    const range = toRange(offset, offset + name.length);
    offset += name.length + 1;
    const known = modifierInfo(name) !== undefined;
    modifiers.push({ name, range, known });
    reportBadModifier(context, name, known, name ? range : toRange(offset - 2, offset - 1));
  }
  return { field: parts.length > 1 && field === '' ? null : field, fieldRange: toRange(0, field.length), modifiers };
}

function reportBadModifier(context: ParseContext, name: string, known: boolean, range: Range): void {
  if (known) return;
  if (!name) context.report('empty-modifier', 'error', "Empty modifier: remove the extra '|'", range);
  else context.report('unknown-modifier', 'error', `Unknown modifier '${name}'`, range, { modifier: name });
}
