import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BASELINE_SEED, generateBaseline, toJsonLines } from '../../../server/src/core/samples/baseline-generator';
import { createRng } from '../../../server/src/core/samples/prng';
import { BASELINE_DIR, readManifest } from './sample-library';

function digest(files: ReturnType<typeof generateBaseline>): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.name).update(toJsonLines(file.events));
  return hash.digest('hex');
}

describe('baseline generator', () => {
  it('mulberry32 gives the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const drawn = Array.from({ length: 5 }, () => [a.next(), b.next()]);
    for (const [x, y] of drawn) assert.equal(x, y);
    assert.notEqual(createRng(43).next(), createRng(42).next());
  });

  it('is deterministic: the same seed gives byte-identical events', () => {
    const small = { scale: 0.05 };
    assert.equal(digest(generateBaseline({ ...small, seed: 7 })), digest(generateBaseline({ ...small, seed: 7 })));
    assert.notEqual(digest(generateBaseline({ ...small, seed: 7 })), digest(generateBaseline({ ...small, seed: 8 })));
  });

  it('generates at least 20,000 events well under a second', () => {
    const started = performance.now();
    const files = generateBaseline();
    const elapsed = performance.now() - started;
    const total = files.reduce((sum, file) => sum + file.events.length, 0);
    assert.ok(total >= 20_000, `only ${total} events`);
    // The budget is one second on a quiet machine; the margin absorbs a busy shared CI box.
    assert.ok(elapsed < 2500, `took ${elapsed.toFixed(0)} ms`);
  });

  it('matches the committed samples/baseline files (regenerate with npx tsx tools/generate-baseline.ts)', () => {
    const manifest = readManifest(BASELINE_DIR);
    const files = generateBaseline({ seed: BASELINE_SEED });
    assert.deepEqual(manifest.files.map((f) => f.path), files.map((f) => f.name));
    for (const file of files) {
      const committed = gunzipSync(readFileSync(path.join(BASELINE_DIR, file.name))).toString('utf8');
      assert.ok(committed === toJsonLines(file.events), `${file.name} differs from a fresh generation`);
    }
  });

  it('keeps every file in the time window and in time order', () => {
    for (const file of generateBaseline({ scale: 0.1 })) {
      const times = file.events.map(timestampOf);
      for (let i = 1; i < times.length; i++) assert.ok(times[i - 1] <= times[i], `${file.name} is out of order at ${i}`);
      assert.ok(times[0] >= '2026-11-02T00:00:00' && times[times.length - 1] < '2026-11-03T01:00:00', `${file.name} leaves the window`);
    }
  });
});

function timestampOf(event: object): string {
  const e = event as Record<string, unknown> & { Event?: { System: { TimeCreated: { '#attributes': { SystemTime: string } } } } };
  if (e.Event) return e.Event.System.TimeCreated['#attributes'].SystemTime;
  return String(e['@timestamp'] ?? e.eventTime ?? e.published ?? e.createdDateTime);
}
