import * as path from 'node:path';
import type { DefinitionParams, Location, Position, ReferenceParams } from 'vscode-languageserver/node';
import { ruleReferenceAt } from '../core/language/rule-reference-at';
import type { ParsedFile } from '../core/sigma/model';
import { uriOf } from './diagnostics';
import { ruleAt } from '../core/language/rule-at';
import { detectionOf, patternSelectionsAt, selectionReferences, selectionTargetAt } from '../core/language/selection-references';
import type { Session } from './session';

/** textDocument/definition: from a selection name in the condition to the selection's key; from a `1 of` pattern to every selection it covers. */
export function definitionHandler(session: Session) {
  return (params: DefinitionParams): Location | Location[] | null => {
    const uri = params.textDocument.uri;
    const analysis = session.documents.getSigma(uri);
    if (!analysis) return null;
    const target = selectionTargetAt(analysis.parsed, params.position);
    if (target?.selection) return { uri, range: target.selection.nameRange };
    const rule = ruleAt(analysis.parsed, params.position);
    const detection = rule && detectionOf(rule);
    const covered = detection && patternSelectionsAt(detection, params.position);
    if (covered) return covered.selections.map((selection) => ({ uri, range: selection.nameRange }));
    return referencedRuleLocations(session, analysis.parsed, params.position);
  };
}

/** From a name or id in a correlation's or filter's `rules:` to the rules that declare it, in any workspace file. */
function referencedRuleLocations(session: Session, parsed: ParsedFile, position: Position): Location[] | null {
  const reference = ruleReferenceAt(parsed, position);
  if (!reference) return null;
  const facts = session.stats.workspaceFacts();
  const places = facts.ruleNames.get(reference.value) ?? facts.ruleIds.get(reference.value) ?? [];
  // Facts of unsaved documents are keyed by URI, those of files by path.
  return places.map((place) => ({ uri: path.isAbsolute(place.path) ? uriOf(place.path) : place.path, range: place.range }));
}

/** textDocument/references: every condition reference of a selection, and its key when asked. */
export function referencesHandler(session: Session) {
  return (params: ReferenceParams): Location[] | null => {
    const analysis = session.documents.getSigma(params.textDocument.uri);
    const target = analysis && selectionTargetAt(analysis.parsed, params.position);
    if (!target) return null;
    const ranges = selectionReferences(target, { includeDeclaration: params.context.includeDeclaration });
    return ranges.map((range) => ({ uri: params.textDocument.uri, range }));
  };
}
