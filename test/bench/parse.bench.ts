import { readFileSync } from 'node:fs';
import { parseRule } from '../../server/src/core/sigma/parse-rule';
import { sigmahqRuleFiles } from '../support/shared-data';
import type { BenchSection } from './bench';
import { elapsedMs, formatMs } from './timing';

/** Parsing the whole SigmaHQ corpus: file read + YAML + model + condition AST, single thread. Target: under 1 s. */
const section: BenchSection = {
  title: 'Parse the SigmaHQ corpus (read + YAML + model + condition AST)',
  run() {
    const files = sigmahqRuleFiles();
    parseAll(files); // warm up the JIT, as a long-running server or CLI would be
    const runs = [0, 1, 2].map(() => parseAll(files));
    const best = Math.min(...runs.map((run) => run.ms));
    const rules = runs[0].rules;
    return [
      `${files.length} files, ${rules} rules`,
      `best of 3: ${formatMs(best)} (${Math.round((rules / best) * 1000)} rules/s); runs: ${runs.map((run) => formatMs(run.ms)).join(', ')}`,
      `cold (first run in this process, JIT warm-up included): ${formatMs(coldMs)}`,
    ];
  },
};

let coldMs = 0;

function parseAll(files: string[]): { ms: number; rules: number } {
  const start = process.hrtime.bigint();
  let rules = 0;
  for (const file of files) rules += parseRule(readFileSync(file, 'utf8')).rules.length;
  const ms = elapsedMs(start);
  if (coldMs === 0) coldMs = ms;
  return { ms, rules };
}

export default section;
