import type { Detection, FieldMatch, Modifier, SigmaRule } from '../sigma/model';
import { rangeContains, type Position } from '../sigma/position';
import { detectionOf } from './selection-references';
import type { LogsourceKey } from './language-data';

/** Every field match of a detection, in source order. */
export function fieldMatches(detection: Detection): FieldMatch[] {
  return detection.selections.flatMap((selection) => selection.groups.flatMap((group) => group.items));
}

/** The field match whose key holds the position, and the modifier under it if any. */
export function fieldKeyAt(rule: SigmaRule, position: Position): { match: FieldMatch; modifier?: Modifier } | undefined {
  const detection = detectionOf(rule);
  if (!detection) return undefined;
  const match = fieldMatches(detection).find((item) => rangeContains(item.keyRange, position));
  if (!match) return undefined;
  return { match, modifier: match.modifiers.find((modifier) => rangeContains(modifier.range, position)) };
}

/** The logsource of a rule as plain values, for taxonomy queries. */
export function logsourceKeyOf(rule: SigmaRule | undefined): LogsourceKey {
  const logsource = rule?.logsource;
  return { product: logsource?.product?.value, category: logsource?.category?.value, service: logsource?.service?.value };
}
