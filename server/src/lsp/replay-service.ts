import type { CancelSignal } from '../adapters/rule-replayer';
import type { ReplayRuleResult } from '../protocol';

/**
 * What the LSP side needs from the replay engine: replay one rule of a document's text against the
 * sample library and the benign baseline. The code lens, the `sigma/replayRule` request and the
 * "Replay this rule" code action light up only when the session has one.
 */
export interface ReplayService {
  replayRule(input: { text: string; path?: string; documentIndex: number }, cancel: CancelSignal): Promise<ReplayRuleResult>;
}
