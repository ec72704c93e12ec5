import type { Position, Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The position of `needle` in `text` (its `occurrence`-th match), plus `offset` UTF-16 units into it.
 * Tests find positions by text, so fixtures can change without breaking them.
 */
export function positionOf(text: string, needle: string, options: { offset?: number; occurrence?: number } = {}): Position {
  let index = -1;
  for (let i = 0; i <= (options.occurrence ?? 0); i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`'${needle}' (occurrence ${options.occurrence ?? 0}) is not in the text`);
  }
  return TextDocument.create('file:///x', 'sigma', 0, text).positionAt(index + (options.offset ?? 0));
}

/** The text a range covers. */
export function textAt(text: string, range: Range): string {
  return TextDocument.create('file:///x', 'sigma', 0, text).getText(range);
}

/** The end of the text, for appending. */
export function endOf(text: string): Position {
  return TextDocument.create('file:///x', 'sigma', 0, text).positionAt(text.length);
}
