import * as assert from 'node:assert/strict';
import { matchedEvents, ruleWith } from './replay-helpers';

const SELECTIONS = `selection_a:
  A: 'yes'
selection_b:
  B: 'yes'
_helper:
  C: 'yes'
filter:
  D: 'yes'`;

/** Events with every combination of A, B, C and D set to yes. */
const EVENTS = Array.from({ length: 16 }, (_, bits) => ({
  A: bits & 1 ? 'yes' : 'no',
  B: bits & 2 ? 'yes' : 'no',
  C: bits & 4 ? 'yes' : 'no',
  D: bits & 8 ? 'yes' : 'no',
}));

function matching(condition: string): number[] {
  return matchedEvents(ruleWith(`${SELECTIONS}\ncondition: ${condition}`), EVENTS);
}

function expected(predicate: (event: (typeof EVENTS)[number]) => boolean): number[] {
  return EVENTS.flatMap((event, index) => (predicate(event) ? [index] : []));
}

const yes = (value: string): boolean => value === 'yes';

describe('replay: conditions', () => {
  it('a single identifier', () => assert.deepEqual(matching('selection_a'), expected((e) => yes(e.A))));
  it('and', () => assert.deepEqual(matching('selection_a and selection_b'), expected((e) => yes(e.A) && yes(e.B))));
  it('or', () => assert.deepEqual(matching('selection_a or selection_b'), expected((e) => yes(e.A) || yes(e.B))));
  it('not', () => assert.deepEqual(matching('selection_a and not filter'), expected((e) => yes(e.A) && !yes(e.D))));
  it('precedence: not binds tighter than and, and tighter than or', () => {
    assert.deepEqual(matching('selection_a or selection_b and not filter'), expected((e) => yes(e.A) || (yes(e.B) && !yes(e.D))));
  });
  it('parentheses', () => {
    assert.deepEqual(matching('(selection_a or selection_b) and not filter'), expected((e) => (yes(e.A) || yes(e.B)) && !yes(e.D)));
    assert.deepEqual(matching('not (selection_a or filter)'), expected((e) => !(yes(e.A) || yes(e.D))));
  });
  it('1 of a wildcard pattern', () => assert.deepEqual(matching('1 of selection_*'), expected((e) => yes(e.A) || yes(e.B))));
  it('all of a wildcard pattern', () => assert.deepEqual(matching('all of selection_*'), expected((e) => yes(e.A) && yes(e.B))));
  it('1 of them skips selections whose names start with an underscore', () => {
    assert.deepEqual(matching('1 of them'), expected((e) => yes(e.A) || yes(e.B) || yes(e.D)));
  });
  it('all of them skips underscore selections too', () => {
    assert.deepEqual(matching('all of them'), expected((e) => yes(e.A) && yes(e.B) && yes(e.D)));
  });
  it('an underscore selection can still be named', () => assert.deepEqual(matching('_helper and not 1 of selection_*'), expected((e) => yes(e.C) && !yes(e.A) && !yes(e.B))));
  it('the list form of condition ORs its expressions', () => {
    const rule = ruleWith(`${SELECTIONS}\ncondition:\n  - selection_a and filter\n  - selection_b and _helper`);
    assert.deepEqual(matchedEvents(rule, EVENTS), expected((e) => (yes(e.A) && yes(e.D)) || (yes(e.B) && yes(e.C))));
  });
  it('a condition naming an unknown selection never matches that part', () => {
    assert.deepEqual(matching('selection_a or missing_one'), expected((e) => yes(e.A)));
  });
});

describe('replay: selections', () => {
  it('a map ANDs its fields', () => {
    const rule = ruleWith("selection:\n  A: 'yes'\n  B: 'yes'\ncondition: selection");
    assert.deepEqual(matchedEvents(rule, EVENTS), expected((e) => yes(e.A) && yes(e.B)));
  });
  it('a list of maps ORs the maps', () => {
    const rule = ruleWith("selection:\n  - A: 'yes'\n    B: 'yes'\n  - D: 'yes'\ncondition: selection");
    assert.deepEqual(matchedEvents(rule, EVENTS), expected((e) => (yes(e.A) && yes(e.B)) || yes(e.D)));
  });
  it('keywords search every string value of the event', () => {
    const rule = ruleWith("keywords:\n  - 'mimikatz'\n  - 'sekurlsa'\ncondition: keywords");
    const events = [{ Message: 'running MIMIKATZ now' }, { nested: { deep: ['x', 'sekurlsa::logonpasswords'] } }, { Message: 'clean' }, { Count: 5 }];
    assert.deepEqual(matchedEvents(rule, events), [0, 1]);
  });
  it('a single keyword string', () => {
    const rule = ruleWith("keywords: 'failed password'\ncondition: keywords");
    assert.deepEqual(matchedEvents(rule, [{ msg: 'Failed password for root' }, { msg: 'Accepted password' }]), [0]);
  });
  it('keywords with modifiers (|contains|all)', () => {
    const rule = ruleWith("keywords:\n  '|contains|all':\n    - 'error'\n    - 'disk'\ncondition: keywords");
    assert.deepEqual(matchedEvents(rule, [{ a: 'Error on disk 0' }, { a: 'error', b: 'disk full' }, { a: 'error' }]), [0, 1]);
  });
});
