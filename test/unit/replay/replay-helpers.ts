import { parseRule } from '../../../server/src/core/sigma/parse-rule';
import { compileRules, type CompileOptions } from '../../../server/src/core/replay/compile-rules';
import type { CompiledRuleSet } from '../../../server/src/core/replay/compiled-rule';
import type { ReplayEvent } from '../../../server/src/core/replay/event-context';
import type { LogsourceHint } from '../../../server/src/core/replay/logsource-scope';
import { replayEvents, type ReplayOptions } from '../../../server/src/core/replay/replay-session';
import type { RuleReplayResult } from '../../../server/src/core/replay/replay-types';

/** Compiles every rule of one or more YAML texts (multi-document allowed). */
export function compileYaml(texts: string | string[], options: CompileOptions = {}): CompiledRuleSet {
  const inputs = (Array.isArray(texts) ? texts : [texts]).flatMap((text, file) => parseRule(text).rules.map((rule) => ({ rule, path: `rule-${file}.yml` })));
  return compileRules(inputs, options);
}

/** Replays events (ordinals in one file `events.jsonl`) and returns the results of every rule. */
export function replay(texts: string | string[], events: ReplayEvent[], options: CompileOptions & ReplayOptions & { hint?: LogsourceHint } = {}): RuleReplayResult[] {
  const compiled = compileYaml(texts, options);
  return replayEvents(compiled, events.map((event, index) => ({ event, location: { file: 'events.jsonl', event: index }, hint: options.hint })), options);
}

/** The ordinals of the events the first rule matched. */
export function matchedEvents(text: string, events: ReplayEvent[], options: CompileOptions & ReplayOptions & { hint?: LogsourceHint } = {}): number[] {
  return replay(text, events, options)[0].matches.map((match) => match.event);
}

/** A detection rule with no logsource restriction around a detection body written as YAML lines. */
export function ruleWith(detection: string, logsource = ''): string {
  const body = detection.split('\n').map((line) => `  ${line}`).join('\n');
  return `title: Test rule\nid: 11111111-1111-4111-8111-111111111111\n${logsource ? `logsource:\n${logsource}\n` : 'logsource:\n  product: test\n'}detection:\n${body}\n`;
}
