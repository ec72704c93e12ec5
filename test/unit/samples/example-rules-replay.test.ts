import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { main } from '../../../server/src/cli/main';
import type { CliIo } from '../../../server/src/cli/io';
import { PROJECT_ROOT, scenarios } from './sample-library';

/** Runs the CLI in process and returns its exit code and standard output. */
async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io: CliIo = { out: (text) => (out += text), err: (text) => (out += text) };
  const code = await main(args, io);
  return { code, out };
}

describe('example rules replayed over the sample library', function () {
  this.timeout(30_000);
  const rules = path.join(PROJECT_ROOT, 'examples', 'rules');

  it('passes every replay expectation under examples/rules', async () => {
    const { code, out } = await run(['test', rules, '--format', 'json']);
    const report = JSON.parse(out) as { summary?: { total: number; failed: number }; tests?: { name: string; rulePath: string; status: string; matches?: number; expected?: string }[] };
    const failures = (report.tests ?? []).filter((t) => t.status === 'failed').map((t) => `${t.rulePath}: ${t.name}: ${t.matches} hits, expected ${t.expected}`);
    assert.deepEqual(failures, []);
    assert.equal(code, 0, 'test exits 0 when every expectation passes');
    assert.ok((report.summary?.total ?? 0) >= 100, `only ${report.summary?.total} expectations ran`);
  });

  it('detects every malicious scenario with at least one example rule', async () => {
    const all = scenarios().filter((s) => s.manifest.malicious);
    const { out } = await run(['replay', '--rules', rules, '--events', ...all.map((s) => s.dir), '--format', 'json']);
    const report = JSON.parse(out) as { rules: { matches: { file: string }[] }[]; events: { errors: unknown[] } };
    assert.deepEqual(report.events.errors, []);
    const detected = new Set(report.rules.flatMap((r) => r.matches.map((m) => path.basename(path.dirname(path.resolve(m.file))))));
    const missed = all.filter((s) => !detected.has(s.name)).map((s) => `${s.platform}/${s.name}`);
    assert.deepEqual(missed, []);
  });
});
