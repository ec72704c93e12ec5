import { createReadStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ReplayEvent } from '../../core/replay/event-context';
import { flattenEvtxEvent } from '../../core/replay/evtx-flatten';
import { JsonRecordSplitter, type SplitterLimits } from './json-record-splitter';

/** One item read from an events file: an event (flattened if it was evtx_dump-shaped) or a problem with its line. */
export type EventRecord = { kind: 'event'; event: ReplayEvent; line: number } | { kind: 'error'; line: number; message: string };

export const DEFAULT_READ_LIMITS: SplitterLimits = { maxRecordChars: 1024 * 1024, maxDepth: 64 };

const EVTX_MAGIC = 'ElfFile\0';

/**
 * Streams the events of a JSON Lines, JSON array, single-object or concatenated-objects file,
 * gzipped or not (detected from the first bytes). Memory stays bounded by one chunk and one event,
 * whatever the file size. Never throws for bad content: problems come out as `error` records.
 */
export async function* readEventFile(path: string, limits: SplitterLimits = DEFAULT_READ_LIMITS): AsyncGenerator<EventRecord> {
  const head = await readHead(path);
  if (head.error) return void (yield { kind: 'error', line: 0, message: head.error });
  if (head.bytes.subarray(0, 8).toString('latin1') === EVTX_MAGIC) {
    yield { kind: 'error', line: 0, message: 'binary EVTX files are not parsed; export them as JSON first (evtx_dump -o jsonl FILE.evtx)' };
    return;
  }
  const gzipped = head.bytes[0] === 0x1f && head.bytes[1] === 0x8b;
  const stream: Readable = gzipped ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  stream.setEncoding('utf8');
  const queue: EventRecord[] = [];
  const splitter = new JsonRecordSplitter({ record: (text, line) => queue.push(parseRecord(text, line)), error: (line, message) => queue.push({ kind: 'error', line, message }) }, limits);
  try {
    for await (const chunk of stream) {
      splitter.push(chunk as string);
      yield* queue.splice(0);
    }
    splitter.end();
  } catch (error) {
    queue.push({ kind: 'error', line: 0, message: `cannot read the file${gzipped ? ' (gzip)' : ''}: ${(error as Error).message}` });
  } finally {
    stream.destroy();
  }
  yield* queue.splice(0);
}

function parseRecord(text: string, line: number): EventRecord {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'error', line, message: 'not a JSON object' };
    return { kind: 'event', event: flattenEvtxEvent(value as ReplayEvent), line };
  } catch (error) {
    return { kind: 'error', line, message: `malformed JSON: ${(error as Error).message}` };
  }
}

async function readHead(path: string): Promise<{ bytes: Buffer; error?: string }> {
  try {
    const handle = await fs.open(path, 'r');
    try {
      const bytes = Buffer.alloc(8);
      const { bytesRead } = await handle.read(bytes, 0, 8, 0);
      return { bytes: bytes.subarray(0, bytesRead) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { bytes: Buffer.alloc(0), error: `cannot read the file: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}` };
  }
}
