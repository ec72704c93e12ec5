// Lists the field names each logsource uses in a folder of Sigma rules, marking those our taxonomy lacks.
// A maintenance aid for server/src/core/taxonomy/data/: `npx tsx tools/list-corpus-fields.ts ../shared/sigmahq [--missing]`.
import { readFileSync } from 'node:fs';
import { parseRule } from '../server/src/core/sigma/parse-rule';
import { bundledTaxonomyIndex } from '../server/src/core/taxonomy/default-taxonomy';
import { formatLogsource } from '../server/src/core/taxonomy/logsource-key';
import { classifyField, resolveLogsource } from '../server/src/core/taxonomy/taxonomy-query';
import { fieldMatchesOf } from '../server/src/core/validate/rule-detections';
import { yamlFilesUnder } from '../test/support/shared-data';

const [folder, flag] = process.argv.slice(2);
if (!folder) throw new Error('Usage: tsx tools/list-corpus-fields.ts FOLDER [--missing]');
const index = bundledTaxonomyIndex();
const usage = new Map<string, { rules: number; fields: Map<string, number> }>();
for (const file of yamlFilesUnder(folder)) {
  for (const rule of parseRule(readFileSync(file, 'utf8')).rules) {
    const parts = { product: rule.logsource?.product?.value, category: rule.logsource?.category?.value, service: rule.logsource?.service?.value };
    const known = resolveLogsource(index, parts);
    const key = `${formatLogsource(parts)}${known ? '' : '  [unknown logsource]'}`;
    const entry = usage.get(key) ?? { rules: 0, fields: new Map<string, number>() };
    entry.rules++;
    for (const match of fieldMatchesOf(rule)) {
      if (!match.field) continue;
      const verdict = known ? classifyField(index, known, match.field).kind : 'unknown';
      const name = verdict === 'known' ? match.field : `${match.field} [${verdict}]`;
      if (flag !== '--missing' || verdict !== 'known') entry.fields.set(name, (entry.fields.get(name) ?? 0) + 1);
    }
    usage.set(key, entry);
  }
}
for (const [key, entry] of [...usage].sort()) {
  if (flag === '--missing' && entry.fields.size === 0 && !key.includes('[unknown')) continue;
  const fields = [...entry.fields].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name}:${count}`);
  console.log(`${key} (${entry.rules} rules): ${fields.join(' ')}`);
}
