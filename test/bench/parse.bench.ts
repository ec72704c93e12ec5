import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { parseFastYaml, YAML_PARSE_OPTIONS } from '../../server/src/core/sigma/fast-yaml';
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
      ...yamlLayer(files),
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

/** The YAML step alone (texts already read): how many files the fast parser reads, and both parsers' times. */
function yamlLayer(files: string[]): string[] {
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const fast = texts.filter((text) => parseFastYaml(text) !== undefined).length;
  const fastMs = bestOf(3, () => texts.forEach((text) => parseFastYaml(text)));
  const packageMs = bestOf(2, () => texts.forEach((text) => parseAllDocuments(text, YAML_PARSE_OPTIONS)));
  return [
    `fast YAML path: ${fast} of ${files.length} files (${((fast / files.length) * 100).toFixed(2)}%); the rest fall back to the yaml package`,
    `YAML step alone, best run: fast parser ${formatMs(fastMs)}, yaml package ${formatMs(packageMs)}`,
  ];
}

function bestOf(count: number, run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, elapsedMs(start));
  }
  return best;
}

export default section;
