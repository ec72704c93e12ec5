import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../server/src/cli/main';
import type { CliIo } from '../../server/src/cli/io';
import { formatSarif } from '../../server/src/cli/format/sarif';
import { TOOL_VERSION } from '../../server/src/cli/format/tool-info';
import { listCodes } from '../../server/src/core/validate/registry';

const ROOT = path.resolve(__dirname, '..', '..');

const CLEAN_RULE = `title: Whoami execution
id: 929a690e-bef0-4204-a928-ef5e620d6fcc
status: test
date: 2024-01-05
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        Image|endswith: '\\whoami.exe'
    condition: selection
level: low
`;
const ERROR_RULE = CLEAN_RULE.replace('level: low', 'level: loud').replace('id: 929a690e-bef0-4204-a928-ef5e620d6fcc', 'id: 0f5b1a43-3d8c-4d6e-9a8b-1d2c3e4f5a6b');
const WARNING_RULE = CLEAN_RULE.replace("Image|endswith: '\\whoami.exe'", "Image: '*\\whoami.exe'").replace('929a690e', '11111111');

interface Captured extends CliIo {
  stdout: string[];
  stderr: string[];
}

function capture(): Captured {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = capture();
  const code = await main(args, io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

describe('sigma-workbench check', () => {
  let dir: string;
  const file = (name: string, text: string | Buffer): string => {
    const full = path.join(dir, name);
    writeFileSync(full, text);
    return full;
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sw-check-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the JSON contract: files, path, diagnostics with code, severity, message, range', async () => {
    const target = file('error.yml', ERROR_RULE);
    const { code, stdout } = await run(['check', '--format', 'json', target]);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report), ['files']);
    assert.equal(report.files[0].path, target);
    const diagnostic = report.files[0].diagnostics.find((d: { code: string }) => d.code === 'invalid-level');
    assert.deepEqual(Object.keys(diagnostic), ['code', 'severity', 'message', 'range']);
    assert.deepEqual(diagnostic.range, { start: { line: 11, character: 7 }, end: { line: 11, character: 11 } });
    assert.equal(diagnostic.severity, 'error');
  });

  it('exits 0 without errors, even with warnings', async () => {
    const { code, stdout } = await run(['check', file('clean.yml', CLEAN_RULE), file('warning.yml', WARNING_RULE)]);
    assert.equal(code, 0);
    assert.match(stdout, /wildcard-instead-of-modifier/);
    assert.match(stdout, /2 files checked: 0 errors, 1 warnings/);
  });

  it('checks id uniqueness across the paths given', async () => {
    const { stdout } = await run(['check', '--format', 'json', file('a.yml', CLEAN_RULE), file('b.yml', CLEAN_RULE)]);
    const codes = JSON.parse(stdout).files.flatMap((f: { diagnostics: { code: string }[] }) => f.diagnostics.map((d) => d.code));
    assert.deepEqual(codes, ['duplicate-id', 'duplicate-id']);
  });

  it('applies a --config file: severities, exclusions', async () => {
    const config = file('config.yml', 'severities:\n  invalid-level: warning\n  wildcard-instead-of-modifier: off\nexclude:\n  - skipped\n');
    const skipped = path.join(dir, 'skipped');
    mkdirSync(skipped);
    writeFileSync(path.join(skipped, 'bad.yml'), 'title: [');
    file('error.yml', ERROR_RULE);
    file('warning.yml', WARNING_RULE);
    const { code, stdout } = await run(['check', '--config', config, '--format', 'json', dir]);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.files.map((f: { path: string }) => path.basename(f.path)), ['config.yml', 'error.yml', 'warning.yml']);
    const codes = report.files.flatMap((f: { diagnostics: { code: string; severity: string }[] }) => f.diagnostics.map((d) => `${d.severity} ${d.code}`));
    assert.deepEqual(codes, ['warning invalid-level']);
  });

  it('accepts a JSON config and turns on the SigmaHQ filename convention', async () => {
    const config = file('config.json', JSON.stringify({ sigmahqFilename: true }));
    const { stdout } = await run(['check', '--config', config, '--format', 'json', file('Whoami.yml', CLEAN_RULE)]);
    assert.deepEqual(JSON.parse(stdout).files[0].diagnostics.map((d: { code: string }) => d.code), ['sigmahq-filename']);
  });

  it('exits 2 on bad usage: unknown format, no path, bad config, missing data files', async () => {
    const rule = file('clean.yml', CLEAN_RULE);
    assert.equal((await run(['check', '--format', 'xml', rule])).code, 2);
    assert.equal((await run(['check'])).code, 2);
    const badConfig = await run(['check', '--config', file('bad.yml', 'severities:\n  invalid-level: loud\n'), rule]);
    assert.equal(badConfig.code, 2);
    assert.match(badConfig.stderr, /severity of 'invalid-level' must be/);
    const missing = await run(['check', '--taxonomy', path.join(dir, 'none.json'), rule]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /none\.json/);
    assert.equal((await run(['check', '--attack', path.join(dir, 'none.json'), rule])).code, 2);
  });

  it('loads --taxonomy and --attack files for the taxonomy and ATT&CK checks', async () => {
    const rule = file('edr.yml', CLEAN_RULE.replace('level: low', 'tags:\n    - attack.execution\n    - attack.t9999\nlevel: low').replace("Image|endswith: '\\whoami.exe'", "ProcessTreeJson|contains: whoami"));
    const codesOf = async (args: string[]): Promise<string[]> => {
      const { stdout } = await run(['check', '--format', 'json', ...args, rule]);
      return JSON.parse(stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    };
    const fixtures = path.join(ROOT, 'test', 'fixtures');
    const plain = await codesOf([]);
    assert.ok(plain.includes('field-unknown'), plain.join(', '));
    assert.ok(!plain.includes('attack-unknown-technique'));
    const loaded = await codesOf(['--taxonomy', path.join(fixtures, 'taxonomy', 'workspace-taxonomy.yml'), '--attack', path.join(fixtures, 'attack', 'mini-attack.json')]);
    assert.ok(!loaded.includes('field-unknown'), loaded.join(', '));
    assert.ok(loaded.includes('attack-unknown-technique'), loaded.join(', '));
  });

  describe('bad input', () => {
    it('reports a missing path and a dangling link as unreadable (exit 2)', async () => {
      symlinkSync(path.join(dir, 'nowhere.yml'), path.join(dir, 'dangling.yml'));
      const { code, stderr } = await run(['check', path.join(dir, 'missing.yml'), path.join(dir, 'dangling.yml')]);
      assert.equal(code, 2);
      assert.match(stderr, /missing\.yml: no such file/);
    });

    it('reports a binary file with a clear diagnostic (exit 2)', async () => {
      const target = file('binary.yml', Buffer.from([0x74, 0x69, 0x00, 0xff, 0x00, 0x01]));
      const { code, stdout } = await run(['check', '--format', 'json', target]);
      assert.equal(code, 2);
      const [diagnostic] = JSON.parse(stdout).files[0].diagnostics;
      assert.equal(diagnostic.code, 'unreadable-file');
      assert.match(diagnostic.message, /binary/);
    });

    it('reports a 10 MB file as too large without parsing it (exit 1)', async () => {
      const target = file('huge.yml', `title: huge\ndescription: ${'x'.repeat(10 * 1024 * 1024)}\n`);
      const { code, stdout } = await run(['check', '--format', 'json', target]);
      assert.equal(code, 1);
      assert.deepEqual(JSON.parse(stdout).files[0].diagnostics.map((d: { code: string }) => d.code), ['file-too-large']);
    });

    it('stops a YAML alias bomb with yaml-too-complex instead of hanging (exit 1)', async () => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 12; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
      const bomb = `title: bomb\n${levels.join('\n')}\nlogsource:\n    product: windows\ndetection:\n    selection:\n        Field: *l\n    condition: selection\n`;
      const started = Date.now();
      const { code, stdout } = await run(['check', '--format', 'json', file('bomb.yml', bomb)]);
      assert.equal(code, 1);
      assert.ok(JSON.parse(stdout).files[0].diagnostics.some((d: { code: string }) => d.code === 'yaml-too-complex'));
      assert.ok(Date.now() - started < 10_000, 'took too long');
    });
  });

  describe('--format sarif', () => {
    it('writes SARIF 2.1.0 that GitHub code scanning accepts', async () => {
      const target = file('error.yml', ERROR_RULE);
      const { code, stdout } = await run(['check', '--format', 'sarif', target]);
      assert.equal(code, 1);
      assertValidSarif(JSON.parse(stdout));
    });

    it('writes relative URIs and 1-based regions', () => {
      const range = { start: { line: 11, character: 7 }, end: { line: 11, character: 11 } };
      const report = { files: [{ path: path.join(dir, 'rules', 'my rule.yml'), diagnostics: [{ code: 'invalid-level', severity: 'error' as const, message: 'Unknown level', range }] }] };
      const sarif = JSON.parse(formatSarif(report, { codes: listCodes(), baseDir: dir }));
      assertValidSarif(sarif);
      const location = sarif.runs[0].results[0].locations[0].physicalLocation;
      assert.deepEqual(location.artifactLocation, { uri: 'rules/my%20rule.yml', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(location.region, { startLine: 12, startColumn: 8, endLine: 12, endColumn: 12 });
      const rule = sarif.runs[0].tool.driver.rules[sarif.runs[0].results[0].ruleIndex];
      assert.equal(rule.id, 'invalid-level');
      assert.equal(rule.defaultConfiguration.level, 'error');
    });
  });

  it('keeps the tool version in step with package.json', () => {
    assert.equal(TOOL_VERSION, JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  describe('the built binary', function () {
    this.timeout(120_000);
    before(async () => {
      await promisify(execFile)('node', ['esbuild.mjs'], { cwd: ROOT });
    });

    it('exits 0, 1 and 2 as documented', async () => {
      const clean = file('clean.yml', CLEAN_RULE);
      const bad = file('bad.yml', ERROR_RULE);
      assert.equal(await exitCodeOf(['check', clean]), 0);
      assert.equal(await exitCodeOf(['check', '--format', 'json', bad]), 1);
      assert.equal(await exitCodeOf(['check', path.join(dir, 'missing.yml')]), 2);
    });
  });
});

function exitCodeOf(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    execFile('node', [path.join(ROOT, 'bin', 'sigma-workbench.js'), ...args], { cwd: ROOT }, (error) => {
      resolve(error ? Number((error as { code?: number }).code ?? -1) : 0);
    });
  });
}

/** The parts of the SARIF 2.1.0 schema that GitHub code scanning requires or reads. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- SARIF is walked as free-form JSON here
function assertValidSarif(sarif: Record<string, any>): void {
  assert.equal(sarif.version, '2.1.0');
  assert.match(sarif.$schema, /sarif-2\.1\.0/);
  assert.equal(sarif.runs.length, 1);
  const driver = sarif.runs[0].tool.driver;
  assert.equal(driver.name, 'sigma-workbench');
  assert.equal(typeof driver.version, 'string');
  assert.match(driver.informationUri, /^https:\/\//);
  const ids = new Set<string>();
  for (const rule of driver.rules) {
    assert.match(rule.id, /^[a-z0-9-]+$/);
    assert.ok(!ids.has(rule.id), `duplicate rule ${rule.id}`);
    ids.add(rule.id);
    assert.equal(typeof rule.shortDescription.text, 'string');
    assert.ok(['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration.level));
  }
  assert.ok(sarif.runs[0].results.length > 0);
  for (const result of sarif.runs[0].results) {
    assert.ok(ids.has(result.ruleId));
    assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
    assert.ok(['error', 'warning', 'note', 'none'].includes(result.level));
    assert.equal(typeof result.message.text, 'string');
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    assert.ok(!artifactLocation.uri.startsWith('/') && !artifactLocation.uri.includes('\\'));
    for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(region[key]) && region[key] >= 1, key);
  }
}
