import { pathToFileURL } from 'node:url';
import { CompletionRequest, HoverRequest, type Position } from 'vscode-languageserver-protocol/node';
import { loadValidationResources } from '../../server/src/adapters/validation-resources';
import { parseRule } from '../../server/src/core/sigma/parse-rule';
import { validateFile } from '../../server/src/core/validate/validate-file';
import { IndexStatusNotification, type IndexStatusParams } from '../../server/src/protocol';
import { buildServer, TestClient } from '../server/support/lsp-client';
import { positionOf } from '../server/support/positions';
import { SIGMAHQ_ROOT, sigmahqRuleFiles } from '../support/shared-data';
import type { BenchSection } from './bench';
import { elapsedMs, formatMs, percentile } from './timing';

/**
 * The language server measured through a real LSP client over stdio (`node dist/server.js --stdio`):
 * client round trips, which bound the server-side time from above.
 * Targets: diagnostics within 50 ms of a change to a 300-line rule, completion 30 ms, hover 20 ms (p95),
 * and the 3,780 SigmaHQ rules indexed in under 5 s while requests on the open document stay answered.
 */
const section: BenchSection = {
  title: 'Language server over stdio (real client, round trips)',
  async run() {
    buildServer();
    return [...(await measureEditing()), ...(await measureWorkspace())];
  },
};

const RUNS = 200;

async function measureEditing(): Promise<string[]> {
  const client = await TestClient.start({ env: { SIGMA_WORKBENCH_LOG_TIMINGS: '1' } });
  try {
    const uri = 'file:///bench/large-rule.yml';
    const text = largeRule();
    await client.open(uri, text);
    await client.waitForDiagnostics(uri);
    const diagnostics = await timeDiagnostics(client, uri, text);
    const completion = await timeRequests(() => client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: afterText(text, 'CommandLine|') }));
    const hover = await timeRequests(() => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'selection_7', { occurrence: 1, offset: 2 }) }));
    const serverSide = await timeValidation(text);
    const logged = (name: string): number[] => client.logs.flatMap((line) => (line.startsWith(`timing ${name} `) ? [Number(line.split(' ')[2])] : []));
    return [
      `300-line rule (${text.split('\n').length} lines): diagnostics after a change, client round trip ${summary(diagnostics)} (debounce 15 ms included; target p95 <= 50 ms)`,
      `  server side, from the debounce timer to the publish (parse + all checks + convert): ${summary(logged('diagnostics').slice(-diagnostics.length))}`,
      `  the same work in the bench process (parse + all checks, bundled taxonomy): ${summary(serverSide)}`,
      `completion of modifiers: client round trip ${summary(completion)}; server side ${summary(logged('completion').slice(-completion.length))} (target p95 <= 30 ms)`,
      `hover on a condition name: client round trip ${summary(hover)}; server side ${summary(logged('hover').slice(-hover.length))} (target p95 <= 20 ms)`,
    ];
  } finally {
    await client.stop();
  }
}

/** Each change alternates one value so every version really differs, and waits for that version's diagnostics. */
async function timeDiagnostics(client: TestClient, uri: string, text: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS / 2; i++) {
    const changed = text.replace("'marker-value'", `'marker-value-${i}'`);
    const start = process.hrtime.bigint();
    const version = await client.change(uri, changed);
    await client.waitForVersion(uri, version);
    samples.push(elapsedMs(start));
  }
  return samples;
}

async function timeValidation(text: string): Promise<number[]> {
  const resources = await loadValidationResources({});
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    validateFile(text, parseRule(text), { path: '/bench/large-rule.yml', resources });
    samples.push(elapsedMs(start));
  }
  return samples;
}

async function timeRequests(send: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 20; i++) await send();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await send();
    samples.push(elapsedMs(start));
  }
  return samples;
}

async function measureWorkspace(): Promise<string[]> {
  const files = sigmahqRuleFiles().length;
  const started = process.hrtime.bigint();
  const client = await TestClient.start({ workspaceFolders: [{ uri: pathToFileURL(SIGMAHQ_ROOT).href, name: 'sigmahq' }], settings: { rules: { folders: ['rules*'] } } });
  try {
    const uri = 'file:///bench/open-rule.yml';
    const text = largeRule();
    await client.open(uri, text);
    const latencies: number[] = [];
    let finished = false;
    const done = client.waitForNotification(IndexStatusNotification, (params) => (params as IndexStatusParams).state === 'done', 120_000).then((params) => {
      finished = true;
      return params as IndexStatusParams;
    });
    const indexed = (await Promise.race([client.waitForNotification(IndexStatusNotification, (params) => (params as IndexStatusParams).state === 'indexed', 60_000), hoverUntil(client, uri, text, latencies, () => finished)])) as IndexStatusParams;
    const duringIndex = [...latencies];
    await hoverUntil(client, uri, text, latencies, () => finished);
    const final = await done;
    const total = elapsedMs(started);
    return [
      `workspace of ${files} SigmaHQ rule files: facts indexed in ${formatMs(indexed.elapsedMs)} (target < 5 s); all ${final.files} files validated and ${final.filesWithDiagnostics} with findings published after ${formatMs(final.elapsedMs)}; process start to done ${formatMs(total)}`,
      `hover on the open document while indexing: ${summary(duringIndex)}; while validating the workspace: ${summary(latencies.slice(duringIndex.length))}`,
    ];
  } finally {
    await client.stop();
  }
}

async function hoverUntil(client: TestClient, uri: string, text: string, latencies: number[], stop: () => boolean): Promise<void> {
  const position = positionOf(text, 'selection_3:', { offset: 2 });
  while (!stop()) {
    const start = process.hrtime.bigint();
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    latencies.push(elapsedMs(start));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function summary(samples: number[]): string {
  if (samples.length === 0) return 'no samples';
  return `p50 ${formatMs(percentile(samples, 50))}, p95 ${formatMs(percentile(samples, 95))}, max ${formatMs(Math.max(...samples))} (n=${samples.length})`;
}

function afterText(text: string, needle: string): Position {
  return positionOf(text, needle, { offset: needle.length });
}

/** A valid 300-line detection rule: 20 selections of a few fields with value lists. */
function largeRule(): string {
  const lines = ['title: Large benchmark rule', 'id: 3b9e7a52-1f0c-4d3e-9a8b-7c6d5e4f3a21', 'status: test', 'description: A rule of 300 lines for the language server benchmark', 'references:', '    - https://example.com/a', '    - https://example.com/b', 'author: bench', 'date: 2025-01-01', 'tags:', '    - attack.execution', '    - attack.t1059.001', 'logsource:', '    category: process_creation', '    product: windows', 'detection:'];
  for (let i = 0; i < 20; i++) {
    lines.push(`    selection_${i}:`, '        Image|endswith:');
    for (let j = 0; j < 6; j++) lines.push(`            - '\\\\tool${i}-${j}.exe'`);
    lines.push('        CommandLine|contains|all:');
    for (let j = 0; j < 4; j++) lines.push(`            - ' -flag${i}-${j} '`);
    lines.push(i === 0 ? "        ParentImage|endswith: 'marker-value'" : `        ParentImage|endswith: '\\\\parent${i}.exe'`);
  }
  lines.push('    condition: 1 of selection_* and not selection_7', 'falsepositives:', '    - Unknown', 'level: medium');
  return lines.join('\n') + '\n';
}

export default section;
