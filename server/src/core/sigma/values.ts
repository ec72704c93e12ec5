import { isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { SigmaValue } from './model';
import type { Range } from './position';
import { parseSigmaString } from './sigma-string';
import type { ParseContext } from './yaml-nodes';

/** Types one YAML scalar as a Sigma value; maps, lists and other nodes become `invalid`. */
export function toSigmaValue(context: ParseContext, node: YamlNode | null, fallbackRange?: Range): SigmaValue {
  // Without a fallback, `rangeOf` falls back to the start of the document.
  const range = context.rangeOf(node, fallbackRange);
  if (node === null) return { kind: 'null', value: null, range };
  if (!isScalar(node)) return { kind: 'invalid', value: isSeq(node) ? 'list' : 'map', range };
  const value = node.value;
  if (value === null || value === undefined) return { kind: 'null', value: null, range };
  if (typeof value === 'string') return { kind: 'string', value, pattern: parseSigmaString(value), range };
  if (typeof value === 'number') return { kind: 'number', value, source: node.source ?? String(value), range };
  if (typeof value === 'boolean') return { kind: 'boolean', value, range };
  return { kind: 'invalid', value: String(value), range };
}
