import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadAttackIndex } from '../../server/src/adapters/attack-loader';
import { loadValidationResources } from '../../server/src/adapters/validation-resources';
import type { Check } from '../../server/src/core/validate/check';
import { attackIdsCheck } from '../../server/src/core/validate/checks/attack-ids';
import { attackTacticsCheck } from '../../server/src/core/validate/checks/attack-tactics';
import { fieldNamesCheck } from '../../server/src/core/validate/checks/field-names';
import { logsourceSpecificCheck } from '../../server/src/core/validate/checks/logsource-specific';
import { logsourceUnknownCheck } from '../../server/src/core/validate/checks/logsource-unknown';
import { parseRule } from '../../server/src/core/sigma/parse-rule';
import { validateFile } from '../../server/src/core/validate/validate-file';
import type { ParsedFile } from '../../server/src/core/sigma/model';
import { BUNDLED_TAXONOMY } from '../../server/src/core/taxonomy/data/bundled-taxonomy';
import { buildTaxonomyIndex } from '../../server/src/core/taxonomy/taxonomy-index';
import { ATTACK_BUNDLE, sigmahqRuleFiles } from '../support/shared-data';
import type { BenchSection } from './bench';
import { elapsedMs, formatMs, percentile } from './timing';

const TAXONOMY_AND_ATTACK_CHECKS: Check[] = [logsourceUnknownCheck, logsourceSpecificCheck, fieldNamesCheck, attackIdsCheck, attackTacticsCheck];

/** ATT&CK loading (cold: read + JSON.parse + index + cache write; cached: read the compact index) and the per-rule cost of the taxonomy and ATT&CK checks. */
const section: BenchSection = {
  title: 'ATT&CK bundle load and the field, logsource and ATT&CK checks',
  async run() {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'sw-attack-bench-'));
    try {
      const cold = await timed(() => loadAttackIndex(ATTACK_BUNDLE, { cacheDir }));
      const cached = await timed(() => loadAttackIndex(ATTACK_BUNDLE, { cacheDir }));
      const resources = await loadValidationResources({ attackPath: ATTACK_BUNDLE, cacheDir });
      const parsed = sigmahqRuleFiles().map((file) => ({ text: readFileSync(file, 'utf8') })).map(({ text }) => ({ text, file: parseRule(text) }));
      validateAll(parsed, resources); // warm up the JIT and the near-miss tables, as a running server would be
      const samples = validateAll(parsed, resources);
      const total = samples.reduce((sum, ms) => sum + ms, 0);
      const taxonomyStart = process.hrtime.bigint();
      const taxonomy = buildTaxonomyIndex([BUNDLED_TAXONOMY]);
      const taxonomyMs = elapsedMs(taxonomyStart);
      return [
        `cold load of the 33 MB v18.1 bundle (read, sha256, JSON.parse, index, cache write): ${formatMs(cold.ms)} (${cold.value.from}, ${Object.keys(cold.value.index.techniques).length} techniques)`,
        `cached load (compact index, ${Math.round(JSON.stringify(cached.value.index).length / 1024)} KB): ${formatMs(cached.ms)} (${cached.value.from})`,
        `index the bundled taxonomy (${taxonomy.logsources.size} logsources, once per process): ${formatMs(taxonomyMs)}`,
        `taxonomy + ATT&CK checks only, ${parsed.length} parsed rules: ${formatMs(total)} total, ${formatMs(total / parsed.length)} mean, p50 ${formatMs(percentile(samples, 50))}, p95 ${formatMs(percentile(samples, 95))}, max ${formatMs(Math.max(...samples))} per rule`,
      ];
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  },
};

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: elapsedMs(start), value };
}

function validateAll(parsed: { text: string; file: ParsedFile }[], resources: Awaited<ReturnType<typeof loadValidationResources>>): number[] {
  return parsed.map(({ text, file }) => {
    const start = process.hrtime.bigint();
    validateFile(text, file, { checks: TAXONOMY_AND_ATTACK_CHECKS, resources });
    return elapsedMs(start);
  });
}

export default section;
