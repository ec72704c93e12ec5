/**
 * Custom `sigma/*` messages between the Sigma Workbench client (src/) and the language server.
 * Both sides import this file; it holds plain types and method names only, so the client bundle
 * stays free of server code. Standard LSP messages are not repeated here.
 */

/** A position in the LSP convention: 0-based line, UTF-16 character. */
export interface ProtocolRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/**
 * `sigma/replayRule`, sent by the client (the "Replay this rule" command and code action) to the server.
 * The server replays one rule of an open document against the sample library and the benign baseline.
 * Fails with an error response when the server has no replay engine or no samples configured.
 */
export const ReplayRuleRequest = 'sigma/replayRule';

export interface ReplayRuleParams {
  uri: string;
  /** Which YAML document of a multi-document file; 0 when omitted. */
  documentIndex?: number;
}

export interface ReplayRuleResult {
  /** Matching events in the attack samples the rule should catch. */
  sampleHits: number;
  /** Matching events in the benign baseline: likely false positives. */
  baselineHits: number;
  /** Events replayed from the samples and from the baseline; zero means there was nothing to replay against. */
  sampleEvents: number;
  baselineEvents: number;
  /** A few of the matches, for the client's report view. */
  matches: { source: string; line?: number; summary: string }[];
  /** Milliseconds the replay took on the server. */
  elapsedMs: number;
}

/**
 * `sigma/searchAttack`, sent by the client (the "Add an ATT&CK tag" command) to the server to fill its quick pick.
 * Answers an empty list when the server has no ATT&CK data loaded.
 */
export const SearchAttackRequest = 'sigma/searchAttack';

export interface SearchAttackParams {
  query: string;
  limit?: number;
}

export interface SearchAttackResult {
  items: { tag: string; id: string; name: string; detail: string }[];
}

/**
 * `sigma/addTag`, sent by the client after the user picked a tag. The server edits the document
 * (workspace/applyEdit, so the change is undoable) and answers whether the edit was applied.
 */
export const AddTagRequest = 'sigma/addTag';

export interface AddTagParams {
  uri: string;
  documentIndex?: number;
  tag: string;
}

export interface AddTagResult {
  applied: boolean;
}

/**
 * `sigma/indexStatus`, sent by the server to the client while it indexes the workspace's rule folders
 * (and once when done), for the status bar and for tests that wait for the index.
 */
export const IndexStatusNotification = 'sigma/indexStatus';

export interface IndexStatusParams {
  /** `indexing` when it starts, `indexed` when the cross-file facts are complete, `done` after the workspace diagnostics. */
  state: 'indexing' | 'indexed' | 'done';
  /** Rule files indexed so far. */
  files: number;
  /** Milliseconds since indexing started. */
  elapsedMs: number;
  /** Rule files that had diagnostics published (only when `state` is `done`). */
  filesWithDiagnostics?: number;
}

/** Command ids the server puts into code actions and code lenses; the client registers them. */
export const ClientCommands = {
  replayRule: 'sigmaWorkbench.replayRule',
  addAttackTag: 'sigmaWorkbench.addAttackTag',
} as const;
