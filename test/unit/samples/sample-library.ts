import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';

/** Test helpers that read the bundled sample library (samples/) the way the manifests describe it. */

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SAMPLES_ROOT = path.join(PROJECT_ROOT, 'samples');
export const BASELINE_DIR = path.join(SAMPLES_ROOT, 'baseline');
export const PLATFORMS = ['windows', 'linux', 'macos', 'cloud', 'network'] as const;

export interface ManifestFile {
  path: string;
  logsource: { product?: string; category?: string; service?: string };
  format: string;
  events?: number;
}

export interface Manifest {
  title: string;
  description: string;
  malicious: boolean;
  techniques: string[];
  provenance: string;
  files: ManifestFile[];
}

export interface Scenario {
  platform: string;
  name: string;
  dir: string;
  manifest: Manifest;
}

/** Every scenario folder under samples/<platform>/, with its parsed manifest. */
export function scenarios(): Scenario[] {
  return PLATFORMS.filter((platform) => existsSync(path.join(SAMPLES_ROOT, platform))).flatMap((platform) =>
    readdirSync(path.join(SAMPLES_ROOT, platform), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => {
        const dir = path.join(SAMPLES_ROOT, platform, entry.name);
        return { platform, name: entry.name, dir, manifest: readManifest(dir) };
      }),
  );
}

export function readManifest(dir: string): Manifest {
  return parse(readFileSync(path.join(dir, 'manifest.yml'), 'utf8')) as Manifest;
}

/** The events of one file: JSON Lines, optionally gzipped. */
export function readEvents(file: string): Record<string, unknown>[] {
  const raw = readFileSync(file);
  const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
