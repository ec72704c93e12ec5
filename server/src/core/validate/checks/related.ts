import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { Check, CheckContext, Finding } from '../check';
import { closestWord } from '../../text/edit-distance';
import { UUID_PATTERN } from './rule-identity';

const RELATED_TYPES = ['derived', 'obsolete', 'merged', 'renamed', 'similar'];

/** `related` is a list of `{id: UUID, type: derived|obsolete|merged|renamed|similar}` (specification v2.1, "Related"). */
export const relatedCheck: Check = {
  codes: {
    'invalid-related': { severity: 'error', description: '`related` is not a list of maps with an `id` (UUID) and a `type`.' },
    'unknown-related-type': { severity: 'error', description: 'A `related` type is not derived, obsolete, merged, renamed or similar.' },
  },
  run(context: CheckContext): Finding[] {
    const attribute = context.rule.attributes.find((item) => item.key === 'related');
    if (!attribute || attribute.node === null) return [];
    if (!isSeq(attribute.node)) return [{ code: 'invalid-related', message: '`related` must be a list of `- id: ...` / `type: ...` entries', range: attribute.valueRange }];
    return attribute.node.items.flatMap((item) => checkEntry(context, item as YamlNode));
  },
};

function checkEntry(context: CheckContext, item: YamlNode): Finding[] {
  const range = rangeOf(context, item);
  if (!isMap(item)) return [{ code: 'invalid-related', message: 'Each `related` entry must be a map with `id` and `type`', range }];
  const id = item.get('id', true);
  const type = item.get('type', true);
  const findings: Finding[] = [];
  if (!isScalar(id)) findings.push({ code: 'invalid-related', message: 'This `related` entry has no `id`', range });
  else if (!UUID_PATTERN.test(String(id.value))) findings.push({ code: 'invalid-related', message: `The related id '${String(id.value)}' is not a UUID`, range: rangeOf(context, id) });
  if (!isScalar(type)) findings.push({ code: 'invalid-related', message: 'This `related` entry has no `type`', range });
  else if (!RELATED_TYPES.includes(String(type.value))) findings.push(unknownType(String(type.value), rangeOf(context, type)));
  return findings;
}

function unknownType(value: string, range: Finding['range']): Finding {
  const suggestion = RELATED_TYPES.find((type) => type === value.toLowerCase()) ?? closestWord(value.toLowerCase(), RELATED_TYPES);
  const message = `Unknown related type '${value}': expected one of ${RELATED_TYPES.join(', ')}`;
  const fixes = suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ range, newText: suggestion }] }] : undefined;
  return { code: 'unknown-related-type', message: suggestion ? `${message} (did you mean '${suggestion}'?)` : message, range, fixes };
}

function rangeOf(context: CheckContext, node: YamlNode): Finding['range'] {
  return node.range ? context.lines.rangeOf(node.range[0], node.range[1]) : context.rule.range;
}
