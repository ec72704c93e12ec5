import type { Located, Logsource } from '../../sigma/model';
import type { LogsourceParts } from '../../taxonomy/logsource-key';

export const PART_NAMES = ['product', 'category', 'service'] as const;
export type PartName = (typeof PART_NAMES)[number];

/** The product, category and service a rule's logsource names (as written). */
export function partsOf(logsource: Logsource): LogsourceParts {
  return { product: logsource.product?.value, category: logsource.category?.value, service: logsource.service?.value };
}

/** The written parts with their ranges, in product, category, service order. */
export function locatedParts(logsource: Logsource): { name: PartName; located: Located<string> }[] {
  return PART_NAMES.flatMap((name) => (logsource[name] ? [{ name, located: logsource[name] }] : []));
}
