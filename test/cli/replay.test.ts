import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { CliIo } from '../../server/src/cli/io';
import { main } from '../../server/src/cli/main';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'replay');
const CERTUTIL_RULE = path.join(FIXTURES, 'rules', 'proc_creation_win_certutil_download.yml');
const CERTUTIL_EVENTS = path.join(FIXTURES, 'events', 'certutil.jsonl');

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
  const code = await main(argv, io);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('cli: replay', () => {
  it('prints its usage for --help, and for test -h, with exit 0', async () => {
    for (const argv of [['replay', '--help'], ['test', '-h']]) {
      const { code, stdout } = await run(...argv);
      assert.equal(code, 0);
      assert.match(stdout, new RegExp(`^Usage: sigma-workbench ${argv[0]} `));
    }
  });
  it('prints the JSON contract: rules with matches by file and 0-based event, event counts, elapsed time', async () => {
    const { code, stdout } = await run('replay', '--rules', CERTUTIL_RULE, '--events', CERTUTIL_EVENTS, '--format', 'json');
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report), ['rules', 'events', 'elapsedMs']);
    const [rule] = report.rules;
    assert.deepEqual(
      { path: rule.path, id: rule.id, title: rule.title, matchCount: rule.matchCount, matches: rule.matches },
      { path: CERTUTIL_RULE, id: '3a6b1c2d-4e5f-4a7b-8c9d-0e1f2a3b4c5d', title: 'Certutil Downloads A File', matchCount: 2, matches: [{ file: CERTUTIL_EVENTS, event: 0 }, { file: CERTUTIL_EVENTS, event: 2 }] },
    );
    assert.deepEqual(report.events, { read: 4, skipped: 0, errors: [] });
    assert.equal(typeof report.elapsedMs, 'number');
  });
  it('takes several paths per option, and folders', async () => {
    const { code, stdout } = await run('replay', '--rules', path.join(FIXTURES, 'rules'), '--events', CERTUTIL_EVENTS, path.join(FIXTURES, 'events', 'benign.json'), '--format', 'json');
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.rules.length, 2);
    assert.equal(report.events.read, 6);
  });
  it('--explain adds the matched fields and, for rules without matches, the first failing leaf', async () => {
    const { stdout } = await run('replay', '--rules', path.join(FIXTURES, 'rules'), '--events', CERTUTIL_EVENTS, '--format', 'json', '--explain');
    const report = JSON.parse(stdout);
    const certutil = report.rules.find((rule: { path: string }) => rule.path.endsWith('certutil_download.yml'));
    assert.equal(certutil.matches[0].explain.fields[0].key, 'Image|endswith');
    const failing = report.rules.find((rule: { path: string }) => rule.path.endsWith('failing.yml'));
    assert.equal(failing.nearMisses[0].key, 'Image|endswith');
  });
  it('prints a text summary by default', async () => {
    const { code, stdout } = await run('replay', '--rules', CERTUTIL_RULE, '--events', CERTUTIL_EVENTS);
    assert.equal(code, 0);
    assert.match(stdout, /Certutil Downloads A File — 2 matches/);
    assert.match(stdout, /Events: 4 read, 0 skipped/);
  });
  it('reports malformed events with file and line, and still exits 0', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sigma-replay-cli-'));
    try {
      const file = path.join(folder, 'bad.jsonl');
      writeFileSync(file, '{"Image":"C:\\\\certutil.exe","CommandLine":"-urlcache"}\n{oops\n{"Image":"x"}\n');
      const { code, stdout } = await run('replay', '--rules', CERTUTIL_RULE, '--events', file, '--format', 'json', '--logsource', 'product=windows,category=process_creation');
      assert.equal(code, 0);
      const report = JSON.parse(stdout);
      assert.equal(report.rules[0].matchCount, 1);
      assert.deepEqual(report.events.errors.map((error: { file: string; line: number }) => [error.file, error.line]), [[file, 2]]);
      assert.deepEqual([report.events.read, report.events.skipped], [2, 1]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
  it('exits 2 on bad input', async () => {
    assert.equal((await run('replay', '--events', CERTUTIL_EVENTS)).code, 2);
    assert.equal((await run('replay', '--rules', CERTUTIL_RULE)).code, 2);
    assert.equal((await run('replay', '--rules', CERTUTIL_RULE, '--events', 'no/such/file.jsonl')).code, 2);
    assert.equal((await run('replay', '--rules', 'no/such/rule.yml', '--events', CERTUTIL_EVENTS)).code, 2);
    assert.equal((await run('replay', '--rules', CERTUTIL_RULE, '--events', CERTUTIL_EVENTS, '--format', 'xml')).code, 2);
    assert.equal((await run('replay', '--rules', CERTUTIL_RULE, '--events', CERTUTIL_EVENTS, '--pipeline', 'nope')).code, 2);
    assert.equal((await run('replay', '--rules', CERTUTIL_RULE, '--events', CERTUTIL_EVENTS, '--bogus')).code, 2);
    const bad = await run('replay', '--rules', CERTUTIL_RULE, '--events', CERTUTIL_EVENTS, '--logsource', 'planet=mars');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--logsource expects/);
  });
  it('--baseline adds each rule\'s hits on a benign baseline', async () => {
    const { stdout } = await run('replay', '--rules', CERTUTIL_RULE, '--events', CERTUTIL_EVENTS, '--baseline', path.join(FIXTURES, 'events', 'benign.json'), '--format', 'json');
    assert.equal(JSON.parse(stdout).rules[0].baselineHits, 0);
  });
  it('--placeholder gives expand modifiers their values', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sigma-replay-cli-'));
    try {
      const rule = path.join(folder, 'rule.yml');
      writeFileSync(rule, "title: Admin logon\nlogsource:\n  product: test\ndetection:\n  selection:\n    User|expand: '%admins%'\n  condition: selection\n");
      const events = path.join(folder, 'events.jsonl');
      writeFileSync(events, '{"User":"bob"}\n{"User":"carol"}\n{"User":"dave"}\n');
      const { stdout } = await run('replay', '--rules', rule, '--events', events, '--placeholder', 'admins=bob,carol', '--format', 'json');
      assert.deepEqual(JSON.parse(stdout).rules[0].matches.map((match: { event: number }) => match.event), [0, 1]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
  it('accepts a bundled pipeline by name', async () => {
    const { code } = await run('replay', '--rules', CERTUTIL_RULE, '--events', CERTUTIL_EVENTS, '--pipeline', 'ecs-windows', '--format', 'json');
    assert.equal(code, 0);
  });
});

describe('cli: test', () => {
  it('exits 0 when every expectation passes', async () => {
    const { code, stdout } = await run('test', path.join(FIXTURES, 'rules', 'proc_creation_win_certutil_download.yml'));
    assert.equal(code, 0);
    assert.match(stdout, /PASS detects the certutil download/);
  });
  it('exits 1 when an expectation fails, and says which', async () => {
    const { code, stdout } = await run('test', path.join(FIXTURES, 'rules'), '--format', 'json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.summary, { total: 3, passed: 2, failed: 1, skipped: 0 });
    assert.match(report.tests.find((test: { status: string }) => test.status === 'failed').message, /expected at least 1 matches, got 0/);
  });
  it('runs SigmaHQ regression tests and skips those whose data is absent', async () => {
    const { code, stdout } = await run('test', path.join(FIXTURES, 'sigmahq'), '--format', 'json');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).summary, { total: 2, passed: 1, failed: 0, skipped: 1 });
  });
  it('writes JUnit XML', async () => {
    const { stdout } = await run('test', path.join(FIXTURES, 'rules'), path.join(FIXTURES, 'sigmahq'), '--format', 'junit');
    assert.match(stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="sigma-workbench replay tests" tests="5" failures="1" errors="0" skipped="1"/);
    assert.equal((stdout.match(/<testcase /g) ?? []).length, 5);
    assert.equal((stdout.match(/<failure /g) ?? []).length, 1);
    assert.equal((stdout.match(/<skipped /g) ?? []).length, 1);
    assert.equal((stdout.match(/<testsuite /g) ?? []).length, (stdout.match(/<\/testsuite>/g) ?? []).length);
  });
  it('exits 2 on bad input: no paths, missing paths, no expectations, unknown format', async () => {
    assert.equal((await run('test')).code, 2);
    assert.equal((await run('test', 'no/such/folder')).code, 2);
    assert.equal((await run('test', path.join(FIXTURES, 'events'))).code, 2);
    assert.equal((await run('test', path.join(FIXTURES, 'rules'), '--format', 'tap')).code, 2);
  });
});

describe('cli: replay through the real binary', function () {
  this.timeout(60_000);
  before(async () => {
    await promisify(execFile)('node', ['esbuild.mjs'], { cwd: ROOT });
  });
  it('node bin/sigma-workbench.js replay prints the JSON contract and exits 0', async () => {
    const { stdout } = await promisify(execFile)('node', [path.join(ROOT, 'bin', 'sigma-workbench.js'), 'replay', '--rules', CERTUTIL_RULE, '--events', CERTUTIL_EVENTS, '--pipeline', 'sysmon', '--format', 'json'], { cwd: ROOT });
    assert.equal(JSON.parse(stdout).rules[0].matchCount, 2);
  });
  it('node bin/sigma-workbench.js test exits 1 on a failing expectation', async () => {
    const exit = await new Promise<number | null>((resolve) => {
      execFile('node', [path.join(ROOT, 'bin', 'sigma-workbench.js'), 'test', path.join(FIXTURES, 'rules')], { cwd: ROOT }, (error) => resolve(error ? (error as { code?: number }).code ?? null : 0));
    });
    assert.equal(exit, 1);
  });
});
