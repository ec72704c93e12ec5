import type { Position } from '../sigma/position';

/**
 * Where the cursor is in YAML terms, read from the text around it rather than from the parsed model,
 * because completion runs on half-typed lines that do not parse yet.
 */
export interface LineContext {
  /** Keys of the enclosing maps, outermost first: `['detection', 'selection']`. */
  path: string[];
  /** `key`: typing a map key; `value`: after `key:`; `item`: after `- ` in a list. */
  slot: 'key' | 'value' | 'item';
  /** The key of this line when `slot` is `value`. */
  key?: string;
  /** The text of the current word before the cursor (for keys, the whole key typed so far, `Image|con`). */
  prefix: string;
  /** Column where `prefix` starts, so a completion replaces exactly what was typed. */
  prefixStart: number;
  /** Column of the key (or list item content) on this line. */
  indent: number;
}

const KEY_LINE = /^(\s*)(-\s+)?((?:'[^']*'|"[^"]*"|[^\s#'"][^#]*?))\s*:(?:\s|$)/;

/** Reads the cursor's context from the lines of the document. */
export function lineContextAt(lines: readonly string[], position: Position): LineContext {
  const line = lines[position.line] ?? '';
  const before = line.slice(0, position.character);
  const indent = /^\s*/.exec(before)?.[0].length ?? 0;
  const dash = /^\s*-\s+/.exec(before);
  const contentStart = dash ? dash[0].length : indent;
  const path = parentPath(lines, position.line, dash ? indent : contentStart, Boolean(dash));
  const keyMatch = KEY_LINE.exec(before);
  if (keyMatch && keyMatch[0].length <= before.length) {
    const key = unquote(keyMatch[3]);
    const valueStart = keyMatch[0].length;
    const word = lastWord(before, valueStart);
    return { path, slot: 'value', key, prefix: word.text, prefixStart: word.start, indent: contentStart };
  }
  if (dash) {
    const word = lastWord(before, contentStart);
    return { path, slot: 'item', prefix: word.text, prefixStart: word.start, indent: contentStart };
  }
  const typed = before.slice(contentStart);
  return { path, slot: 'key', prefix: typed.replace(/^['"]/, ''), prefixStart: contentStart + (/^['"]/.test(typed) ? 1 : 0), indent: contentStart };
}

/** The word being typed in a value: letters, digits and the punctuation of tags, fields and names. */
function lastWord(before: string, from: number): { text: string; start: number } {
  let start = before.length;
  while (start > from && /[\p{L}\p{N}_.\-*|]/u.test(before[start - 1])) start--;
  return { text: before.slice(start), start };
}

/**
 * Walks up from `lineNumber` collecting the keys of enclosing maps: a key line with less indentation
 * than the current content is a parent. A `- key:` item line whose key sits at the same column is a
 * sibling inside the same list item, so the walk continues from the dash's column. For a list item,
 * `column` is the dash's column, and a plain key at that column or left of it owns the list.
 */
function parentPath(lines: readonly string[], lineNumber: number, column: number, isItem: boolean): string[] {
  const path: string[] = [];
  let limit = column;
  let itemLevel = isItem;
  for (let i = lineNumber - 1; i >= 0 && (limit > 0 || itemLevel); i--) {
    const line = lines[i];
    if (/^---/.test(line) || /^\.\.\.\s*$/.test(line)) break;
    if (/^\s*(#.*)?$/.test(line)) continue;
    const match = KEY_LINE.exec(line);
    const lineIndent = /^\s*/.exec(line)?.[0].length ?? 0;
    if (match?.[2]) {
      const keyColumn = match[1].length + match[2].length;
      if (keyColumn === limit && !itemLevel) {
        limit = match[1].length;
        itemLevel = true;
        continue;
      }
    }
    if (!match) {
      if (lineIndent < limit && /^\s*-/.test(line)) {
        limit = lineIndent;
        itemLevel = true;
      }
      continue;
    }
    const keyColumn = match[1].length + (match[2]?.length ?? 0);
    const parentFound = keyColumn < limit || (itemLevel && lineIndent <= limit && !match[2]);
    if (!parentFound) continue;
    path.unshift(unquote(match[3]));
    limit = lineIndent;
    itemLevel = Boolean(match[2]);
  }
  return path;
}

function unquote(key: string): string {
  const trimmed = key.trim();
  if (trimmed.length >= 2 && (trimmed[0] === "'" || trimmed[0] === '"') && trimmed.endsWith(trimmed[0])) return trimmed.slice(1, -1);
  return trimmed;
}
