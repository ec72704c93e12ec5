import { TextDocuments, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../core/sigma/diagnostic';
import type { ParsedFile } from '../core/sigma/model';
import { parseRule } from '../core/sigma/parse-rule';
import { LineIndex } from '../core/sigma/position';

/** Everything the features need about one version of an open document, computed once per version. */
export interface DocumentAnalysis {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  /** Whether the document is a Sigma rule; features answer nothing for other YAML. */
  isSigma: boolean;
  parsed: ParsedFile;
  /** The validated diagnostics of this version, once the diagnostics pass has run. */
  diagnostics?: Diagnostic[];
}

const EMPTY: ParsedFile = { rules: [], diagnostics: [] };

/** Open documents and a parse cache keyed by version: every feature of one keystroke shares one parse. */
export class DocumentStore {
  readonly documents = new TextDocuments(TextDocument);
  private readonly cache = new Map<string, DocumentAnalysis>();

  constructor(private readonly isSigma: (document: TextDocument) => boolean) {
    this.documents.onDidClose((event) => this.cache.delete(event.document.uri));
  }

  listen(connection: Connection): void {
    this.documents.listen(connection);
  }

  /** The analysis of the current version of an open document, or undefined when it is not open. */
  get(uri: string): DocumentAnalysis | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.cache.get(uri);
    if (cached && cached.version === document.version) return cached;
    const analysis = analyze(document, this.isSigma(document));
    this.cache.set(uri, analysis);
    return analysis;
  }

  /** The analysis when the document is a Sigma rule; features call this and answer nothing otherwise. */
  getSigma(uri: string): DocumentAnalysis | undefined {
    const analysis = this.get(uri);
    return analysis?.isSigma ? analysis : undefined;
  }

  /** Forgets every analysis, when what makes a document Sigma changed (the rule folders). */
  invalidateAll(): void {
    this.cache.clear();
  }

  all(): TextDocument[] {
    return this.documents.all();
  }
}

function analyze(document: TextDocument, isSigma: boolean): DocumentAnalysis {
  const text = document.getText();
  return { uri: document.uri, version: document.version, text, lines: new LineIndex(text), isSigma, parsed: isSigma ? parseRule(text) : EMPTY };
}
