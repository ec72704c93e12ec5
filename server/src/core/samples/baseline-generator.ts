import { createRng } from './prng';
import type { BaselineFile, BaselineWindow } from './baseline-types';
import { generateWindowsBaseline } from './baseline-windows';
import { generateCronBaseline, generateLinuxProcessBaseline, generateSshdBaseline } from './baseline-linux';
import { generateCloudTrailBaseline, generateEntraBaseline, generateOktaBaseline } from './baseline-cloud';
import { generateDnsBaseline, generateProxyBaseline } from './baseline-network';

export type { BaselineFile, BaselineWindow } from './baseline-types';

/** The seed of the committed baseline; change it and the files under samples/baseline change. */
export const BASELINE_SEED = 20261125;

/** The committed baseline covers one working day, 2 November 2026 (UTC). */
export const BASELINE_WINDOW: BaselineWindow = { startMs: Date.UTC(2026, 10, 2), spanMs: 24 * 3_600_000 };

/** Options for generateBaseline; every field has the committed value as default. */
export interface BaselineOptions {
  seed?: number;
  window?: BaselineWindow;
  /** Multiplies every file's event count; 1 gives about 23,000 events. */
  scale?: number;
}

type Generator = (rng: ReturnType<typeof createRng>, window: BaselineWindow, count: number) => object[];

const FILES: readonly (Omit<BaselineFile, 'events'> & { count: number; generate: Generator })[] = [
  { name: 'windows.jsonl.gz', count: 9000, format: 'evtx-json', logsource: { product: 'windows' }, generate: generateWindowsBaseline, description: 'Sysmon, Security, PowerShell, System and Task Scheduler records from 12 workstations and 5 servers' },
  { name: 'linux-process-creation.jsonl.gz', count: 2500, format: 'flat', logsource: { product: 'linux', category: 'process_creation' }, generate: generateLinuxProcessBaseline, description: 'process starts: cron jobs, package updates, admin and CI shells' },
  { name: 'linux-sshd.jsonl.gz', count: 1000, format: 'flat', logsource: { product: 'linux', service: 'sshd' }, generate: generateSshdBaseline, description: 'sshd key and password logins from the internal network' },
  { name: 'linux-cron.jsonl.gz', count: 800, format: 'flat', logsource: { product: 'linux', service: 'cron' }, generate: generateCronBaseline, description: 'cron job runs with their PAM sessions' },
  { name: 'aws-cloudtrail.jsonl.gz', count: 2500, format: 'flat', logsource: { product: 'aws', service: 'cloudtrail' }, generate: generateCloudTrailBaseline, description: 'CloudTrail management events: reads, deployments, console logins with MFA' },
  { name: 'azure-signinlogs.jsonl.gz', count: 1200, format: 'flat', logsource: { product: 'azure', service: 'signinlogs' }, generate: generateEntraBaseline, description: 'Entra ID interactive sign-ins, MFA interrupts and mistyped passwords' },
  { name: 'okta.jsonl.gz', count: 1000, format: 'flat', logsource: { product: 'okta', service: 'okta' }, generate: generateOktaBaseline, description: 'Okta System Log sign-ins, push MFA and SSO' },
  { name: 'proxy.jsonl.gz', count: 2500, format: 'flat', logsource: { category: 'proxy' }, generate: generateProxyBaseline, description: 'web proxy access log of office browsing and updates' },
  { name: 'dns.jsonl.gz', count: 2500, format: 'flat', logsource: { category: 'dns' }, generate: generateDnsBaseline, description: 'office resolver query log' },
];

/**
 * Generates the benign baseline: pure and deterministic, the same options give the same events.
 * Each file draws from its own generator seeded from the base seed, so adding a file leaves the others unchanged.
 */
export function generateBaseline(options: BaselineOptions = {}): BaselineFile[] {
  const seed = options.seed ?? BASELINE_SEED;
  const window = options.window ?? BASELINE_WINDOW;
  const scale = options.scale ?? 1;
  return FILES.map((file, i) => {
    const { count, generate, ...rest } = file;
    return { ...rest, events: generate(createRng(seed + i * 7919), window, Math.round(count * scale)) };
  });
}

/** Serialises events as JSON Lines, one record per line with a trailing newline. */
export function toJsonLines(events: readonly object[]): string {
  return events.map((event) => JSON.stringify(event)).join('\n') + '\n';
}
