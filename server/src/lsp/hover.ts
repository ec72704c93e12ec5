import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import { hoverAt } from '../core/language/hover';
import { languageDataOf, type Session } from './session';

/** textDocument/hover: LSP params -> core `hoverAt` -> markdown hover. */
export function hoverHandler(session: Session) {
  return (params: HoverParams): Hover | null => {
    const analysis = session.documents.getSigma(params.textDocument.uri);
    if (!analysis) return null;
    const result = hoverAt({ text: analysis.text, file: analysis.parsed, lines: analysis.lines, position: params.position, data: languageDataOf(session) });
    return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: result.range } : null;
  };
}
