import type { Range } from './position';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** One replacement in the document the diagnostic belongs to. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A safe, mechanical fix a client may offer as a quick fix. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/**
 * A finding about a Sigma document.
 * `code` is a stable kebab-case id: tools, settings and suppressions key on it, so never rename one.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes?: Fix[];
  /** Extra structured facts (for example the suggested field name) that code actions and hovers reuse. */
  data?: Record<string, unknown>;
}
