import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, WorkspaceFolder } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isSigmaText } from '../core/language/is-sigma-text';
import type { LanguageData } from '../core/language/language-data';
import { mergeLanguageData } from '../core/language/merge-language-data';
import { fieldExamplesFor, type FieldExamples } from '../core/samples/field-examples';
import { WorkspaceStats } from '../core/language/workspace-stats';
import type { ValidationResources } from '../core/validate/check';
import { DocumentStore } from './document-store';
import type { ReplayService } from './replay-service';
import type { TimingSink } from './safe-handler';
import type { SettingsStore } from './settings';

/**
 * The state of one server: open documents, settings, workspace facts and loaded data.
 * Handlers receive it explicitly; nothing lives in module-level variables.
 */
export interface Session {
  connection: Connection;
  documents: DocumentStore;
  settings: SettingsStore;
  stats: WorkspaceStats;
  /** Absolute paths of the configured rule folders, resolved per workspace folder. */
  ruleFolders: string[];
  /** Workspace folders from the client, whose rule folders are indexed. */
  workspaceFolders: WorkspaceFolder[];
  /** Data for validation checks (taxonomy, ATT&CK), loaded by the adapters when available. */
  resources: ValidationResources;
  /** Field and ATT&CK knowledge from loaded resources, before the workspace's own usage. */
  resourceData: LanguageData;
  replay?: ReplayService;
  /** Field examples from the sample library, read in the background once per set of sample paths; `index` is absent until the read ends. */
  sampleExamples?: { paths: string; index?: FieldExamples };
  client: { codeLensRefresh: boolean; applyEdit: boolean };
  /** Reports how long background work took (diagnostics runs), when timing is on. */
  timing: TimingSink;
}

export function createSession(connection: Connection, settings: SettingsStore, timing: TimingSink): Session {
  const session: Session = {
    connection,
    settings,
    documents: new DocumentStore((document) => isSigmaDocument(session, document)),
    stats: new WorkspaceStats(),
    ruleFolders: [],
    workspaceFolders: [],
    resources: {},
    resourceData: {},
    client: { codeLensRefresh: false, applyEdit: false },
    timing,
  };
  return session;
}

/** Curated resources first, then the sample library's values (once read), then what the workspace's own rules use. */
export function languageDataOf(session: Session): LanguageData {
  const samples = session.sampleExamples?.index;
  const sampleData: LanguageData = samples ? { sampleExamples: (logsource, field) => fieldExamplesFor(samples, logsource, field) } : {};
  return mergeLanguageData([session.resourceData, sampleData, session.stats.languageData()]);
}

/** A document is Sigma when the client says so, when its content is a rule, or when it lives in a rule folder. */
function isSigmaDocument(session: Session, document: TextDocument): boolean {
  if (document.languageId === 'sigma') return true;
  if (isSigmaText(document.getText())) return true;
  const file = pathOf(document.uri);
  return file !== undefined && /\.ya?ml$/i.test(file) && session.ruleFolders.some((folder) => isInside(file, folder));
}

/** The file system path of a `file:` URI, or undefined for other schemes (untitled, git). */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
