import * as assert from 'node:assert/strict';
import { replay, ruleWith } from './replay-helpers';

const RULE = ruleWith("selection_img:\n  Image|endswith: '\\certutil.exe'\nselection_cli:\n  CommandLine|contains: urlcache\nfilter:\n  User: admin\ncondition: selection_img and selection_cli and not filter");

describe('replay: explain', () => {
  it('a match lists the selections and the fields that matched', () => {
    const [result] = replay(RULE, [{ Image: 'C:\\certutil.exe', CommandLine: 'certutil -urlcache', User: 'alice' }], { explain: true });
    const explain = result.matches[0].explain!;
    assert.deepEqual(explain.selections, { selection_img: true, selection_cli: true, filter: false });
    assert.deepEqual(explain.fields.map((field) => [field.selection, field.key, field.value]), [
      ['selection_img', 'Image|endswith', 'C:\\certutil.exe'],
      ['selection_cli', 'CommandLine|contains', 'certutil -urlcache'],
    ]);
  });
  it('without matches, each event says which leaf failed first', () => {
    const events = [{ Image: 'C:\\cmd.exe', CommandLine: 'x' }, { Image: 'C:\\certutil.exe' }, { Image: 'C:\\certutil.exe', CommandLine: 'urlcache', User: 'admin' }];
    const [result] = replay(RULE, events, { explain: true });
    assert.equal(result.matchCount, 0);
    const misses = result.nearMisses!;
    assert.deepEqual(misses.map((miss) => [miss.event, miss.selection, miss.key]), [
      [0, 'selection_img', 'Image|endswith'],
      [1, 'selection_cli', 'CommandLine|contains'],
      [2, undefined, undefined],
    ]);
    assert.equal(misses[0].value, 'C:\\cmd.exe');
    assert.match(misses[1].reason, /absent/);
    assert.match(misses[2].reason, /negated part matched: filter/);
  });
  it('near misses are bounded per rule', () => {
    const events = Array.from({ length: 50 }, () => ({ Image: 'C:\\cmd.exe' }));
    const [result] = replay(RULE, events, { explain: true, nearMissLimit: 3 });
    assert.equal(result.nearMisses!.length, 3);
  });
  it('without explain, matches carry no explanation', () => {
    const [result] = replay(RULE, [{ Image: 'C:\\certutil.exe', CommandLine: 'urlcache' }]);
    assert.equal(result.matches[0].explain, undefined);
    assert.equal(result.nearMisses, undefined);
  });
});
