import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { collectEventFiles } from '../../server/src/adapters/log-readers/event-sources';
import { readEventFile } from '../../server/src/adapters/log-readers/read-events';
import { compileRules, type RuleInput } from '../../server/src/core/replay/compile-rules';
import { EventContext, type ReplayEvent } from '../../server/src/core/replay/event-context';
import { flattenEvtxEvent } from '../../server/src/core/replay/evtx-flatten';
import { classifyEvent, scopeAccepts } from '../../server/src/core/replay/logsource-scope';
import { replayEvents } from '../../server/src/core/replay/replay-session';
import { BASELINE_WINDOW } from '../../server/src/core/samples/baseline-generator';
import { generateWindowsBaseline } from '../../server/src/core/samples/baseline-windows';
import { createRng } from '../../server/src/core/samples/prng';
import { parseRule } from '../../server/src/core/sigma/parse-rule';
import { sigmahqRuleFiles } from '../support/shared-data';

/**
 * Every SigmaHQ rule compiles for replay. A rule that compiles with diagnostics has a part the
 * engine cannot evaluate; each such part must be one of the explained, truly unsupported features.
 */
const EXPLAINED: Record<string, string> = {
  'replay-regex-unsupported': 'the regex uses lookaround or backreferences, which a linear-time engine cannot run',
  'replay-unknown-placeholder': 'expand placeholders need values from the user (--placeholder); none are given here',
};

/** The Windows attack scenarios of our sample library, when present: they make SigmaHQ rules fire. */
async function attackSampleEvents(): Promise<ReplayEvent[]> {
  const folder = path.join(__dirname, '..', '..', 'samples', 'windows');
  if (!existsSync(folder)) return [];
  const { files } = await collectEventFiles([folder]);
  const events: ReplayEvent[] = [];
  for (const file of files) for await (const record of readEventFile(file.path)) if (record.kind === 'event') events.push(record.event);
  return events;
}

function parseCorpus(): RuleInput[] {
  const inputs: RuleInput[] = [];
  for (const file of sigmahqRuleFiles()) for (const rule of parseRule(readFileSync(file, 'utf8')).rules) inputs.push({ rule, path: file });
  return inputs;
}

describe('corpus: compile every SigmaHQ rule for replay', () => {
  it('compiles all rules; the only problems are explained unsupported features', () => {
    const inputs = parseCorpus();
    const compiled = compileRules(inputs);
    const withProblems = compiled.all.filter((rule) => rule.diagnostics.length > 0);
    const byCode = new Map<string, string[]>();
    for (const rule of withProblems) for (const diagnostic of rule.diagnostics) byCode.set(diagnostic.code, [...(byCode.get(diagnostic.code) ?? []), `${rule.path}: ${diagnostic.message}`]);
    console.log(`      ${inputs.length} rules from ${new Set(inputs.map((input) => input.path)).size} files: ${compiled.detections.length} detections, ${compiled.correlations.length} correlations, ${compiled.filters.length} filters`);
    console.log(`      ${inputs.length - withProblems.length} compile cleanly; ${withProblems.length} compile with a part that never matches:`);
    for (const [code, items] of byCode) {
      console.log(`        ${code} (${items.length}): ${EXPLAINED[code] ?? 'UNEXPLAINED'}`);
      for (const item of items.slice(0, 40)) console.log(`          ${item.replace(/^.*\/sigmahq\//, '')}`);
    }
    const unexplained = [...byCode.keys()].filter((code) => !EXPLAINED[code]);
    assert.deepEqual(unexplained, [], `unexplained compile problems: ${unexplained.join(', ')}`);
    assert.equal(compiled.all.length, inputs.length);
  });

  it('the index and its prefilter never change a result: same matches as evaluating every rule on every event', async () => {
    const windows = parseCorpus().filter((input) => input.rule.logsource?.product?.value === 'windows');
    const compiled = compileRules(windows);
    const generated = (generateWindowsBaseline(createRng(99), BASELINE_WINDOW, 4000) as unknown as ReplayEvent[]).map((event) => flattenEvtxEvent(JSON.parse(JSON.stringify(event)) as ReplayEvent));
    const events = [...generated, ...(await attackSampleEvents())];
    const indexed = replayEvents(compiled, events.map((event, index) => ({ event, location: { file: 'generated', event: index } })));
    const bruteForce = new Map<number, number>();
    for (const raw of events) {
      const { event, source } = classifyEvent(raw);
      const context = new EventContext(event);
      for (const rule of compiled.detections) if (scopeAccepts(rule.scope, source) && rule.test(context)) bruteForce.set(rule.ordinal, (bruteForce.get(rule.ordinal) ?? 0) + 1);
    }
    const differences = indexed.filter((result) => result.kind === 'detection' && result.matchCount !== (bruteForce.get(result.ordinal) ?? 0)).map((result) => `${result.path}: ${result.matchCount} vs ${bruteForce.get(result.ordinal) ?? 0}`);
    console.log(`      ${events.length} events, ${indexed.reduce((total, result) => total + result.matchCount, 0)} matches by ${indexed.filter((result) => result.matchCount > 0).length} rules`);
    assert.deepEqual(differences, []);
  });
});
