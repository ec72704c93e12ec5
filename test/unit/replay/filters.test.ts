import * as assert from 'node:assert/strict';
import { replay } from './replay-helpers';

const RULE = `title: Rar compresses data
id: 6f3e2987-db24-4c78-a860-b4f4095a7095
name: rar_compression
logsource:
  category: process_creation
  product: windows
detection:
  selection:
    Image|endswith: '\\rar.exe'
  condition: selection
`;

function filter(rules: string, logsource = 'logsource:\n  category: process_creation\n  product: windows'): string {
  return `title: Filter admins\nid: aaaaaaaa-0000-4000-8000-000000000001\n${logsource}\nfilter:\n  rules:\n${rules}\n  selection:\n    User|startswith: 'adm_'\n  condition: not selection\n`;
}

const EVENTS = [{ Image: 'C:\\rar.exe', User: 'adm_joe' }, { Image: 'C:\\rar.exe', User: 'alice' }, { Image: 'C:\\zip.exe', User: 'alice' }];

describe('replay: Sigma filter rules', () => {
  it('a filter ANDs its condition with the rule it names by id', () => {
    const results = replay([RULE, filter('    - 6f3e2987-db24-4c78-a860-b4f4095a7095')], EVENTS);
    assert.deepEqual(results[0].matches.map((m) => m.event), [1]);
    assert.equal(results[1].kind, 'filter');
  });
  it('a filter can name the rule by name', () => {
    const results = replay([RULE, filter('    - rar_compression')], EVENTS);
    assert.deepEqual(results[0].matches.map((m) => m.event), [1]);
  });
  it('a filter for another rule leaves the rule alone and says it applied to nothing', () => {
    const results = replay([RULE, filter('    - someone-else')], EVENTS);
    assert.deepEqual(results[0].matches.map((m) => m.event), [0, 1]);
    assert.equal(results[1].diagnostics[0].code, 'replay-filter-unresolved');
  });
  it('a filter naming `any` applies to every rule of its logsource', () => {
    const results = replay([RULE, filter('    - any')], EVENTS);
    assert.deepEqual(results[0].matches.map((m) => m.event), [1]);
  });
  it('a filter whose logsource contradicts the rule does not apply', () => {
    const results = replay([RULE, filter('    - rar_compression', 'logsource:\n  category: file_event\n  product: windows')], EVENTS);
    assert.deepEqual(results[0].matches.map((m) => m.event), [0, 1]);
  });
});
