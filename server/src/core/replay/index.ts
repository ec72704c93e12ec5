/**
 * The replay engine's public API: compile parsed rules once, replay events through them, explain
 * a match. Pure and synchronous; reading files is the adapters' job (`adapters/replay-runner.ts`).
 */
export { compileRules, type CompileOptions, type RuleInput } from './compile-rules';
export type { CompiledCorrelation, CompiledDetection, CompiledRuleSet } from './compiled-rule';
export type { CompileDiagnostic } from './compile-diagnostic';
export { EventContext, type ReplayEvent } from './event-context';
export { explainMatch, explainMiss } from './explain';
export { flattenEvtxEvent } from './evtx-flatten';
export { judgeCount, parseRegressionInfo, parseTestsFile, type CountExpectation, type ExpectationTest, type KnownFalsePositive } from './expectations';
export { classifyEvent, type EventSource, type LogsourceHint } from './logsource-scope';
export { parsePipeline, pipelineEffect, type Pipeline } from './pipeline';
export { replayEvents, ReplaySession, type ReplayOptions } from './replay-session';
export type { EventLocation, MatchExplanation, NearMiss, RuleMatch, RuleReplayResult } from './replay-types';
export { DEFAULT_TIMESTAMP_FIELDS } from './timestamps';
