import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../../server/src/core/sigma/diagnostic';
import type { FieldMatch, SigmaRule } from '../../server/src/core/sigma/model';
import { parseRule } from '../../server/src/core/sigma/parse-rule';
import { LineIndex, type Range } from '../../server/src/core/sigma/position';
import { bundledTaxonomyIndex } from '../../server/src/core/taxonomy/default-taxonomy';
import type { IndexedLogsource } from '../../server/src/core/taxonomy/taxonomy-index';
import { lookupField, resolveLogsource } from '../../server/src/core/taxonomy/taxonomy-query';
import { fieldNamesCheck } from '../../server/src/core/validate/checks/field-names';
import { fieldMatchesOf } from '../../server/src/core/validate/rule-detections';
import { validateFile } from '../../server/src/core/validate/validate-file';
import { SIGMAHQ_ROOT, sigmahqRuleFiles } from '../support/shared-data';

// Injects one field-name error into each of 200 SigmaHQ rules (chosen by a fixed stride over the sorted list)
// and counts how often the field check reports a field-* finding at the injected name.
const SAMPLE = 200;
const KINDS = ['case change', 'one-letter typo', 'field of another logsource'] as const;
type Kind = (typeof KINDS)[number];

interface Candidate {
  file: string;
  text: string;
  match: FieldMatch;
  logsource: IndexedLogsource;
}

const index = bundledTaxonomyIndex();

function candidateOf(file: string): Candidate | undefined {
  const text = readFileSync(file, 'utf8');
  const rule: SigmaRule | undefined = parseRule(text).rules[0];
  const logsource = rule?.logsource ? resolveLogsource(index, { product: rule.logsource.product?.value, category: rule.logsource.category?.value, service: rule.logsource.service?.value }) : undefined;
  if (!rule || !logsource || logsource.open) return undefined;
  const match = fieldMatchesOf(rule).find((item) => item.field && /^[A-Za-z][\w.-]+$/.test(item.field) && lookupField(logsource, item.field));
  return match ? { file, text, match, logsource } : undefined;
}

function mutate(candidate: Candidate, kind: Kind, seed: number): string | undefined {
  const variants = kind === 'case change' ? caseChanges(candidate.match.field!) : kind === 'one-letter typo' ? typos(candidate.match.field!, seed) : [otherLogsourceField(candidate.logsource, seed)];
  // An injected name the logsource really provides (Azure lists both casings of some names) is no error: skip it.
  return variants.find((name): name is string => name !== undefined && name !== candidate.match.field && !lookupField(candidate.logsource, name));
}

function caseChanges(name: string): string[] {
  return [name === name.toLowerCase() ? name[0].toUpperCase() + name.slice(1) : name.toLowerCase(), name.toUpperCase()];
}

/** One substitution, deletion, insertion or transposition, by turns, at a position the seed picks. */
function typos(name: string, seed: number): string[] {
  const at = 1 + (seed % (name.length - 1));
  const letter = name[at] === 'q' ? 'z' : 'q';
  const all = [
    name.slice(0, at) + letter + name.slice(at + 1),
    name.slice(0, at) + name.slice(at + 1),
    name.slice(0, at) + letter + name.slice(at),
    at + 1 < name.length ? name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2) : name.slice(0, at - 1) + name[at] + name[at - 1],
  ];
  const first = Math.floor(seed / KINDS.length) % all.length;
  return [...all.slice(first), ...all.slice(0, first)];
}

/** A field some other logsource of the same product provides and this one does not. */
function otherLogsourceField(logsource: IndexedLogsource, seed: number): string | undefined {
  const names = new Set<string>();
  for (const other of index.logsources.values()) {
    if (other === logsource || other.product !== logsource.product) continue;
    for (const field of other.fields.values()) if (!field.common && !lookupField(logsource, field.name) && !logsource.lowerFields.has(field.name.toLowerCase())) names.add(field.name);
  }
  const sorted = [...names].sort();
  return sorted.length > 0 ? sorted[seed % sorted.length] : undefined;
}

function replaceRange(text: string, range: Range, newText: string): string {
  const lines = new LineIndex(text);
  return text.slice(0, lines.offsetAt(range.start)) + newText + text.slice(lines.offsetAt(range.end));
}

/** The field-* finding at the injected name, if any. */
function findingAt(text: string, range: Range): Diagnostic | undefined {
  const findings = validateFile(text, parseRule(text), { checks: [fieldNamesCheck] });
  return findings.find((item) => item.code.startsWith('field-') && item.range.start.line === range.start.line && item.range.start.character === range.start.character);
}

describe('field check against injected field-name errors', function () {
  this.timeout(300_000);

  it(`catches at least 95% of ${SAMPLE} injected errors`, () => {
    const files = sigmahqRuleFiles().filter((file) => path.relative(SIGMAHQ_ROOT, file).startsWith(`rules${path.sep}`));
    const candidates = files.map(candidateOf).filter((item): item is Candidate => item !== undefined);
    const stride = candidates.length / SAMPLE;
    console.log(`      ${candidates.length} of ${files.length} rules have a field in a logsource with a closed field list (the pool)`);
    const missed: string[] = [];
    let repairable = 0;
    let repaired = 0;
    const perKind = new Map<Kind, { caught: number; total: number }>(KINDS.map((kind) => [kind, { caught: 0, total: 0 }]));
    for (let i = 0; i < SAMPLE; i++) {
      const candidate = candidates[Math.floor(i * stride)];
      const kind = KINDS[i % KINDS.length];
      const injected = mutate(candidate, kind, i) ?? mutate(candidate, 'one-letter typo', i)!;
      const text = replaceRange(candidate.text, candidate.match.fieldRange, injected);
      const tally = perKind.get(kind)!;
      tally.total++;
      const finding = findingAt(text, candidate.match.fieldRange);
      if (kind !== 'field of another logsource') {
        repairable++;
        if (finding?.fixes?.[0]?.edits[0].newText === candidate.match.field) repaired++;
      }
      if (finding) tally.caught++;
      else missed.push(`${path.relative(SIGMAHQ_ROOT, candidate.file)}: ${candidate.match.field} -> ${injected} (${kind})`);
    }
    const caught = SAMPLE - missed.length;
    console.log(`      caught ${caught}/${SAMPLE} (${((100 * caught) / SAMPLE).toFixed(1)}%); ${[...perKind].map(([kind, tally]) => `${kind} ${tally.caught}/${tally.total}`).join(', ')}`);
    console.log(`      the first quick fix restores the original name for ${repaired}/${repairable} case changes and typos`);
    for (const line of missed) console.log(`      missed ${line}`);
    assert.ok(caught / SAMPLE >= 0.95, `caught ${caught} of ${SAMPLE}`);
  });
});
