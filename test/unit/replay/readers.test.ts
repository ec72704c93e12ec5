import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { collectEventFiles } from '../../../server/src/adapters/log-readers/event-sources';
import { readEventFile, type EventRecord } from '../../../server/src/adapters/log-readers/read-events';
import { flattenEvtxEvent } from '../../../server/src/core/replay/evtx-flatten';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'replay');

async function readAll(file: string, limits?: Parameters<typeof readEventFile>[1]): Promise<EventRecord[]> {
  const records: EventRecord[] = [];
  for await (const record of readEventFile(file, limits)) records.push(record);
  return records;
}

function events(records: EventRecord[]): Record<string, unknown>[] {
  return records.flatMap((record) => (record.kind === 'event' ? [record.event] : []));
}

function errors(records: EventRecord[]): { line: number; message: string }[] {
  return records.flatMap((record) => (record.kind === 'error' ? [{ line: record.line, message: record.message }] : []));
}

describe('replay: log readers', () => {
  let folder: string;
  const write = (name: string, content: string | Buffer): string => {
    const file = path.join(folder, name);
    writeFileSync(file, content);
    return file;
  };
  beforeEach(() => (folder = mkdtempSync(path.join(tmpdir(), 'sigma-replay-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads JSON Lines', async () => {
    const records = await readAll(write('a.jsonl', '{"a":1}\n{"a":2}\n\n{"a":3}\n'));
    assert.deepEqual(events(records), [{ a: 1 }, { a: 2 }, { a: 3 }]);
    assert.deepEqual(records.map((record) => record.line), [1, 2, 4]);
  });
  it('reads a JSON array, pretty-printed or not', async () => {
    assert.deepEqual(events(await readAll(write('a.json', '[{"a":1},{"a":[2,{"b":"]"}]}]'))), [{ a: 1 }, { a: [2, { b: ']' }] }]);
    assert.deepEqual(events(await readAll(write('b.json', '[\n  {\n    "a": 1\n  },\n  {\n    "a": 2\n  }\n]\n'))), [{ a: 1 }, { a: 2 }]);
  });
  it('reads a single object', async () => {
    assert.deepEqual(events(await readAll(write('a.json', '{\n  "a": "x{y}z",\n  "b": "q\\"}"\n}\n'))), [{ a: 'x{y}z', b: 'q"}' }]);
  });
  it('reads concatenated objects, with or without separators', async () => {
    assert.deepEqual(events(await readAll(write('a.json', '{"a":1}{"a":2}\n{\n "a": 3\n}'))), [{ a: 1 }, { a: 2 }, { a: 3 }]);
  });
  it('reads gzip of any of these, detected from the content', async () => {
    const file = write('a.jsonl.gz', gzipSync('{"a":1}\n{"a":2}\n'));
    assert.deepEqual(events(await readAll(file)), [{ a: 1 }, { a: 2 }]);
    const array = write('plain-name.json', gzipSync('[{"a":3}]'));
    assert.deepEqual(events(await readAll(array)), [{ a: 3 }]);
  });
  it('reports a malformed line with its line number and reads the rest', async () => {
    const records = await readAll(write('a.jsonl', '{"a":1}\n{"a": tru}\n{"a":3\n{"a":4}\nplain text\n{"a":5}\n'));
    assert.deepEqual(events(records), [{ a: 1 }, { a: 4 }, { a: 5 }]);
    assert.deepEqual(errors(records).map((error) => error.line), [2, 3, 5]);
    assert.match(errors(records)[0].message, /malformed JSON/);
  });
  it("skips evtx_dump's `Record N` separator lines silently", async () => {
    const records = await readAll(write('a.json', 'Record 1\n{\n  "a": 1\n}\nRecord 2\n{"a": 2}\ntrailing junk'));
    assert.deepEqual(events(records), [{ a: 1 }, { a: 2 }]);
    assert.deepEqual(errors(records).map((error) => error.line), [7]);
  });
  it('reports an unterminated string at its line', async () => {
    const records = await readAll(write('a.jsonl', '{"a":"oops}\n{"a":2}\n'));
    assert.deepEqual(events(records), [{ a: 2 }]);
    assert.equal(errors(records)[0].line, 1);
  });
  it('rejects oversized events with a message and keeps reading', async () => {
    const big = JSON.stringify({ blob: 'x'.repeat(5000) });
    const records = await readAll(write('a.jsonl', `${big}\n{"a":2}\n`), { maxRecordChars: 1000, maxDepth: 64 });
    assert.deepEqual(events(records), [{ a: 2 }]);
    assert.match(errors(records)[0].message, /larger than 1000 characters/);
  });
  it('rejects JSON nested deeper than 64 levels with a message', async () => {
    const deep = `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`;
    const records = await readAll(write('a.jsonl', `${deep}\n{"ok":true}\n`));
    assert.deepEqual(events(records), [{ ok: true }]);
    assert.match(errors(records)[0].message, /nested deeper than 64 levels/);
  });
  it('says that binary EVTX files are not parsed', async () => {
    const records = await readAll(write('a.evtx', Buffer.concat([Buffer.from('ElfFile\0'), Buffer.alloc(100)])));
    assert.equal(records.length, 1);
    assert.match(errors(records)[0].message, /binary EVTX/);
  });
  it('reports a missing file instead of throwing', async () => {
    assert.match(errors(await readAll(path.join(folder, 'nope.jsonl')))[0].message, /no such file/);
  });
  it('streams a large array in bounded memory', async function () {
    this.timeout(20000);
    const file = path.join(folder, 'big.json');
    const line = JSON.stringify({ CommandLine: 'x'.repeat(200), n: 1 });
    writeFileSync(file, `[${Array.from({ length: 50_000 }, () => line).join(',')}]`);
    let count = 0;
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    for await (const record of readEventFile(file)) {
      if (record.kind === 'event') count++;
      if (count % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    assert.equal(count, 50_000);
    // 50,000 events of ~220 bytes are 11 MB of text; streaming keeps the heap far below holding them.
    assert.ok(peak - before < 40 * 1024 * 1024, `heap grew by ${Math.round((peak - before) / 1e6)} MB`);
  });
  it('flattens evtx_dump events read from a file', async () => {
    const records = await readAll(path.join(FIXTURES, 'events', 'certutil.jsonl'));
    const first = events(records)[0];
    assert.equal(first.EventID, 1);
    assert.equal(first.Channel, 'Microsoft-Windows-Sysmon/Operational');
    assert.equal(first.Image, 'C:\\Windows\\System32\\certutil.exe');
    assert.equal(first.Provider_Name, 'Microsoft-Windows-Sysmon');
    assert.equal(first.TimeCreated, '2026-03-04T10:15:22.1234567Z');
  });
  it('collects events files from folders, labelled by a scenario manifest', async () => {
    write('manifest.yml', 'title: t\nfiles:\n  - path: events.jsonl\n    logsource: { product: linux, category: process_creation }\n');
    write('events.jsonl', '{"a":1}\n');
    write('other.jsonl', '{"a":2}\n');
    const collected = await collectEventFiles([folder]);
    assert.deepEqual(collected.files, [{ path: path.join(folder, 'events.jsonl'), hint: { product: 'linux', category: 'process_creation', service: undefined } }]);
    const single = await collectEventFiles([path.join(folder, 'other.jsonl')], { fallbackHint: { product: 'aws' } });
    assert.deepEqual(single.files, [{ path: path.join(folder, 'other.jsonl'), hint: { product: 'aws' } }]);
    assert.deepEqual((await collectEventFiles([path.join(folder, 'missing')])).missing[0].reason, 'no such file or folder');
  });
});

describe('replay: evtx_dump flattening', () => {
  it('puts System fields, EventData maps and Data arrays at top level', () => {
    const flat = flattenEvtxEvent({
      Event: {
        System: { Provider: { '#attributes': { Name: 'Microsoft-Windows-Security-Auditing' } }, EventID: { '#attributes': { Qualifiers: 0 }, '#text': '4688' }, Channel: 'Security', Computer: 'DC01', TimeCreated: { '#attributes': { SystemTime: '2026-01-01T00:00:00Z' } } },
        EventData: { Data: [{ '#attributes': { Name: 'NewProcessName' }, '#text': 'C:\\x.exe' }, { '#attributes': { Name: 'Empty' } }] },
      },
    });
    assert.deepEqual(flat, { Provider_Name: 'Microsoft-Windows-Security-Auditing', EventID: 4688, Channel: 'Security', Computer: 'DC01', TimeCreated: '2026-01-01T00:00:00Z', NewProcessName: 'C:\\x.exe', Empty: null });
  });
  it('keeps unnamed Data values (Windows PowerShell classic) and flattens UserData', () => {
    const classic = flattenEvtxEvent({ Event: { System: { EventID: 400, Channel: 'Windows PowerShell' }, EventData: { Data: ['Available', 'HostApplication=powershell.exe -enc'] } } });
    assert.deepEqual(classic.Data, ['Available', 'HostApplication=powershell.exe -enc']);
    const user = flattenEvtxEvent({ Event: { System: { EventID: 1102, Channel: 'Security' }, UserData: { LogFileCleared: { '#attributes': { xmlns: 'x' }, SubjectUserName: 'bob' } } } });
    assert.equal(user.SubjectUserName, 'bob');
  });
  it('leaves other objects alone', () => {
    const event = { Event: 'not evtx', a: 1 };
    assert.equal(flattenEvtxEvent(event), event);
  });
});
