import * as assert from 'node:assert/strict';
import { replay } from './replay-helpers';

const FAILED_LOGON = `title: Failed logon
id: 0f000000-0000-4000-8000-000000000001
name: failed_logon
logsource:
  product: test
detection:
  selection:
    Action: failed
  condition: selection
---
title: Successful logon
id: 0f000000-0000-4000-8000-000000000002
name: successful_logon
logsource:
  product: test
detection:
  selection:
    Action: success
  condition: selection
`;

function correlation(body: string): string {
  return `${FAILED_LOGON}---\ntitle: The correlation\nid: 0f000000-0000-4000-8000-0000000000c0\ncorrelation:\n${body.split('\n').map((line) => `  ${line}`).join('\n')}\n`;
}

/** An event `minutes` after 10:00 for a user. */
function at(minutes: number, user: string, action: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { '@timestamp': new Date(Date.UTC(2026, 2, 4, 10, minutes)).toISOString(), User: user, Action: action, ...extra };
}

function correlationMatches(body: string, events: Record<string, unknown>[]): number[] {
  const results = replay(correlation(body), events);
  const result = results.find((rule) => rule.kind === 'correlation')!;
  assert.deepEqual(result.diagnostics, []);
  return result.matches.map((match) => match.event);
}

describe('replay: correlation rules', () => {
  const burst = [at(0, 'alice', 'failed'), at(1, 'alice', 'failed'), at(2, 'bob', 'failed'), at(3, 'alice', 'failed'), at(30, 'bob', 'failed'), at(31, 'bob', 'failed')];

  it('event_count with group-by and timespan', () => {
    assert.deepEqual(correlationMatches('type: event_count\nrules:\n  - failed_logon\ngroup-by:\n  - User\ntimespan: 5m\ncondition:\n  gte: 3', burst), [3]);
  });
  it('event_count only counts events inside the timespan', () => {
    assert.deepEqual(correlationMatches('type: event_count\nrules:\n  - failed_logon\ngroup-by:\n  - User\ntimespan: 5m\ncondition:\n  gte: 2', burst), [1, 5]);
  });
  it('events are ordered by time, not by position in the file', () => {
    const shuffled = [burst[3], burst[0], burst[1]];
    assert.deepEqual(correlationMatches('type: event_count\nrules:\n  - failed_logon\ngroup-by:\n  - User\ntimespan: 5m\ncondition:\n  gte: 3', shuffled), [0]);
  });
  it('value_count counts distinct values of a field', () => {
    const spray = ['u1', 'u2', 'u3', 'u3'].map((user, index) => at(index, user, 'failed', { Source: '10.0.0.9' }));
    assert.deepEqual(correlationMatches('type: value_count\nrules:\n  - failed_logon\ngroup-by:\n  - Source\ntimespan: 10m\ncondition:\n  field: User\n  gte: 3', spray), [2]);
  });
  it('temporal: all rules within the timespan, in any order', () => {
    const events = [at(0, 'alice', 'success'), at(2, 'alice', 'failed'), at(0, 'bob', 'failed'), at(20, 'bob', 'success')];
    assert.deepEqual(correlationMatches('type: temporal\nrules:\n  - failed_logon\n  - successful_logon\ngroup-by:\n  - User\ntimespan: 5m', events), [1]);
  });
  it('temporal_ordered: the rules in the order listed', () => {
    const events = [at(0, 'alice', 'success'), at(1, 'alice', 'failed'), at(0, 'bob', 'failed'), at(2, 'bob', 'success')];
    assert.deepEqual(correlationMatches('type: temporal_ordered\nrules:\n  - failed_logon\n  - successful_logon\ngroup-by:\n  - User\ntimespan: 5m', events), [3]);
  });
  it('value_sum sums a numeric field', () => {
    const events = [at(0, 'alice', 'failed', { Bytes: 600 }), at(1, 'alice', 'failed', { Bytes: '500' }), at(2, 'bob', 'failed', { Bytes: 100 })];
    assert.deepEqual(correlationMatches('type: value_sum\nrules:\n  - failed_logon\ngroup-by:\n  - User\ntimespan: 1h\ncondition:\n  field: Bytes\n  gt: 1000', events), [1]);
  });
  it('value_avg averages a numeric field', () => {
    const events = [at(0, 'alice', 'failed', { Bytes: 100 }), at(1, 'alice', 'failed', { Bytes: 1000 }), at(2, 'bob', 'failed', { Bytes: 100 })];
    assert.deepEqual(correlationMatches('type: value_avg\nrules:\n  - failed_logon\ngroup-by:\n  - User\ntimespan: 1h\ncondition:\n  field: Bytes\n  gte: 550', events), [1]);
  });
  it('value_percentile: the share of the window with the newest value', () => {
    const events = [...Array.from({ length: 9 }, (_, i) => at(i, 'alice', 'failed', { Image: 'common.exe' })), at(10, 'alice', 'failed', { Image: 'rare.exe' })];
    assert.deepEqual(correlationMatches('type: value_percentile\nrules:\n  - failed_logon\ngroup-by:\n  - User\ntimespan: 1h\ncondition:\n  field: Image\n  lte: 10', events), [9]);
  });
  it('aliases map a group-by name to a different field per rule', () => {
    const events = [at(0, 'x', 'failed', { TargetUser: 'alice' }), at(1, 'y', 'success', { SubjectUser: 'alice' })];
    const body = 'type: temporal\nrules:\n  - failed_logon\n  - successful_logon\ngroup-by:\n  - account\ntimespan: 5m\naliases:\n  account:\n    failed_logon: TargetUser\n    successful_logon: SubjectUser';
    assert.deepEqual(correlationMatches(body, events), [1]);
  });
  it('rules can be named by id', () => {
    assert.deepEqual(correlationMatches('type: event_count\nrules:\n  - 0f000000-0000-4000-8000-000000000001\ntimespan: 5m\ncondition:\n  gte: 2', [at(0, 'a', 'failed'), at(1, 'b', 'failed')]), [1]);
  });
  it('an unknown rule reference is reported on the correlation', () => {
    const results = replay(correlation('type: event_count\nrules:\n  - nobody\ntimespan: 5m\ncondition:\n  gte: 1'), [at(0, 'a', 'failed')]);
    const result = results.find((rule) => rule.kind === 'correlation')!;
    assert.equal(result.matchCount, 0);
    assert.equal(result.diagnostics[0].code, 'replay-correlation-unresolved');
  });
});
