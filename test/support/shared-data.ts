import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

/** `../shared` from the project root, where the corpus tests and benchmarks read SigmaHQ and ATT&CK data. */
export const SHARED_ROOT = path.resolve(__dirname, '..', '..', '..', 'shared');
export const SIGMAHQ_ROOT = path.join(SHARED_ROOT, 'sigmahq');
export const ATTACK_BUNDLE = path.join(SHARED_ROOT, 'attack', 'enterprise-attack-18.1.json');
export const SPEC_TESTS_ROOT = path.join(SHARED_ROOT, 'sigma-spec', 'tests');

/** Fails loudly when `../shared` is missing: corpus tests must never pass by finding nothing. */
export function requireSharedData(): void {
  if (!existsSync(SIGMAHQ_ROOT)) {
    throw new Error(`The shared corpus is missing: expected SigmaHQ rules at ${SIGMAHQ_ROOT} (see ../shared/README.md)`);
  }
}

/** Every rule file of the SigmaHQ rule folders (`rules*`), sorted. */
export function sigmahqRuleFiles(): string[] {
  requireSharedData();
  const folders = readdirSync(SIGMAHQ_ROOT).filter((name) => name.startsWith('rules'));
  return folders.flatMap((folder) => yamlFilesUnder(path.join(SIGMAHQ_ROOT, folder))).sort();
}

export function yamlFilesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...yamlFilesUnder(full));
    else if (/\.ya?ml$/i.test(entry.name)) found.push(full);
  }
  return found;
}
