import type { Document } from 'yaml';
import { BlockParser } from './block-parser';
import { DECLINED } from './decline';

export { YAML_PARSE_OPTIONS } from './block-parser';

/**
 * Tabs, carriage returns, byte order marks and other control characters change how the `yaml`
 * lexer splits lines and tokens; files with them take the package's own path.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSUPPORTED_CHARACTERS = /[\x00-\x09\x0b-\x1f\x7f\ufeff]/;

/**
 * Parses the YAML subset Sigma rules use (block maps and sequences, plain, quoted and block
 * scalars, comments, `---` and `...`) into the same `yaml` documents as
 * `parseAllDocuments(text, YAML_PARSE_OPTIONS)`: same nodes, ranges, scalar types and comments.
 *
 * Returns `undefined` for anything else (anchors, aliases, tags, flow collections, complex keys,
 * duplicate keys, any YAML error): the caller then uses the `yaml` package, which reports the
 * problems. Never throws.
 */
export function parseFastYaml(text: string): Document.Parsed[] | undefined {
  try {
    return parseFastYamlOrDecline(text);
  } catch {
    // A bug in the fast path may cost speed but never correctness: the `yaml` package parses instead.
    return undefined;
  }
}

/** Like `parseFastYaml`, but lets unexpected errors through so tests see them. */
export function parseFastYamlOrDecline(text: string): Document.Parsed[] | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text)) return undefined;
  try {
    return new BlockParser(text).parseStream();
  } catch (error) {
    if (error === DECLINED) return undefined;
    throw error;
  }
}
