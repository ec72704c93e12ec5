import { isMap, parseAllDocuments, type Pair } from 'yaml';
import type { TextEdit } from '../sigma/diagnostic';
import { topLevelKeyRank } from '../sigma/vocabulary';
import { minimalEdit } from './text-edits';

export interface FormatOptions {
  /** Spaces per indentation level; SigmaHQ uses 4. */
  tabSize: number;
}

/** Formatting a huge file would block the server for seconds; rules are a few kilobytes. */
const MAX_FORMAT_LENGTH = 512 * 1024;

/**
 * Normalizes indentation (sequences indented under their key, as SigmaHQ writes them) and sorts
 * top-level keys in SigmaHQ order, through the `yaml` Document API, which keeps comments, quoting
 * and block scalar styles. A document with YAML errors is left alone: formatting must never lose text.
 */
export function formatDocument(text: string, options: FormatOptions): TextEdit[] {
  if (text.length > MAX_FORMAT_LENGTH) return [];
  const documents = parseAllDocuments(text, { keepSourceTokens: false });
  if (!Array.isArray(documents) || documents.some((doc) => doc.errors.length > 0)) return [];
  const indent = Math.min(8, Math.max(2, options.tabSize || 4));
  const rendered = documents.map((doc) => {
    if (isMap(doc.contents)) (doc.contents.items as Pair[]).sort((a, b) => topLevelKeyRank(keyName(a)) - topLevelKeyRank(keyName(b)));
    return doc.toString({ indent, indentSeq: true, lineWidth: 0, minContentWidth: 0 });
  });
  let formatted = rendered.join('');
  if (documents.length > 1 && !/^---/.test(text.trimStart()) && formatted.startsWith('---\n')) formatted = formatted.slice(4);
  // The yaml package writes LF; a CRLF file keeps its line endings.
  if (text.includes('\r\n')) formatted = formatted.replace(/\r?\n/g, '\r\n');
  return minimalEdit(text, formatted);
}

function keyName(pair: Pair): string {
  const key = pair.key as { value?: unknown } | null;
  return String(key?.value ?? key ?? '');
}
