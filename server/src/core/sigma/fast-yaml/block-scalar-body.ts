import { skipSpaces } from './source-scan';

/** Where a block scalar's body and a multi-line quoted scalar end, following the package's lexer. */

const SP = 32;
const NL = 10;

/** The lexer's `continueScalar` (for `indentNext` > 0): a blank line or one indented enough. */
export function continuesScalar(src: string, offset: number, indentNext: number): boolean {
  const at = skipSpaces(src, offset);
  return src.charCodeAt(at) === NL || at - offset >= indentNext;
}

/** Port of the lexer's `parseBlockScalar` without tabs or carriage returns: the body's text. */
export function blockBody(src: string, bodyStart: number, indentNext: number, explicitIndent: number, keep: boolean): string {
  let nl = bodyStart - 1;
  let indent = 0;
  for (let i = bodyStart; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code === SP) indent++;
    else if (code === NL) {
      nl = i;
      indent = 0;
    } else break;
  }
  if (indent >= indentNext) {
    const bodyIndent = explicitIndent === -1 ? indent : explicitIndent + indentNext;
    while (nl !== -1 && continuesScalar(src, nl + 1, bodyIndent)) nl = src.indexOf('\n', skipSpaces(src, nl + 1));
    if (nl === -1) nl = src.length;
  }
  if (!keep) nl = dropTrailingBlankLines(src, bodyStart, nl, indent);
  return src.slice(bodyStart, nl + 1);
}

/** Trailing lines of spaces that are not more indented than the body are not part of it. */
export function dropTrailingBlankLines(src: string, bodyStart: number, nl: number, indent: number): number {
  for (;;) {
    let i = nl - 1;
    const lastChar = i;
    while (src.charCodeAt(i) === SP) i--;
    if (src.charCodeAt(i) === NL && i >= bodyStart && i + 1 + indent > lastChar) nl = i;
    else return nl;
  }
}
