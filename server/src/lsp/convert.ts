import {
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { CompletionEntry, CompletionKind } from '../core/language/completion';
import type { OutlineSymbol, SymbolKind as CoreSymbolKind } from '../core/language/document-symbols';
import type { Diagnostic, Severity, TextEdit } from '../core/sigma/diagnostic';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Core diagnostics become LSP diagnostics; ranges are already 0-based UTF-16 like LSP's. */
export function toLspDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  return { range: diagnostic.range, severity: SEVERITIES[diagnostic.severity], code: diagnostic.code, source: 'sigma', message: diagnostic.message, data: diagnostic.data };
}

export function toLspTextEdit(edit: TextEdit): LspTextEdit {
  return { range: edit.range, newText: edit.newText };
}

const COMPLETION_KINDS: Record<CompletionKind, CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  field: CompletionItemKind.Field,
  modifier: CompletionItemKind.Function,
  tag: CompletionItemKind.EnumMember,
  selection: CompletionItemKind.Variable,
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
};

export function toCompletionItem(entry: CompletionEntry): CompletionItem {
  return {
    label: entry.label,
    kind: COMPLETION_KINDS[entry.kind],
    detail: entry.detail,
    documentation: entry.documentation ? { kind: MarkupKind.Markdown, value: entry.documentation } : undefined,
    textEdit: { range: entry.range, newText: entry.insertText },
    insertTextFormat: entry.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    sortText: entry.sortText,
    filterText: entry.filterText,
  };
}

const SYMBOL_KINDS: Record<CoreSymbolKind, SymbolKind> = {
  rule: SymbolKind.Module,
  section: SymbolKind.Namespace,
  selection: SymbolKind.Object,
  condition: SymbolKind.Boolean,
  key: SymbolKind.Property,
};

export function toDocumentSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name || ' ',
    detail: symbol.detail,
    kind: SYMBOL_KINDS[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}
