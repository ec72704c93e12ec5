import type { Document, Node as YamlNode, Pair, Scalar, YAMLMap } from 'yaml';
import type { TriviaProps } from './trivia';

/** How the fast parser attaches what it read to `yaml` nodes, following the package's composer. */

/** The package's duplicate key test (`mapIncludes` with `uniqueKeys: true`): scalar values compared with `===`. */
export function hasKey(map: YAMLMap, value: unknown): boolean {
  for (const pair of map.items as Pair<Scalar, unknown>[]) if (pair.key.value === value) return true;
  return false;
}

export function applyProps(node: YamlNode, props: TriviaProps): void {
  if (props.spaceBefore) node.spaceBefore = true;
  if (props.comment) node.commentBefore = props.comment;
}

/** Port of the composer's `parsePrelude`. */
export function parsePrelude(prelude: readonly string[]): { comment: string; afterEmptyLine: boolean } {
  let comment = '';
  let atComment = false;
  let afterEmptyLine = false;
  for (const source of prelude) {
    if (source[0] === '#') {
      comment += (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') + (source.substring(1) || ' ');
      atComment = true;
      afterEmptyLine = false;
    } else {
      if (!atComment) afterEmptyLine = true;
      atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}

/** The composer's `decorate` for a new document: comments before it go to it or to its first key. */
export function decorateDocument(doc: Document.Parsed, map: YAMLMap, prelude: readonly string[]): void {
  const { comment, afterEmptyLine } = parsePrelude(prelude);
  if (!comment) return;
  if (afterEmptyLine || doc.directives.docStart) {
    doc.commentBefore = comment;
    return;
  }
  const first = (map.items[0] as Pair<Scalar, unknown>).key;
  first.commentBefore = first.commentBefore ? `${comment}\n${first.commentBefore}` : comment;
}
