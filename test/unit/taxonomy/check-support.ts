import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../../../server/src/core/sigma/diagnostic';
import { parseRule } from '../../../server/src/core/sigma/parse-rule';
import { LineIndex } from '../../../server/src/core/sigma/position';
import { buildAttackIndex } from '../../../server/src/core/attack/build-attack-index';
import type { AttackIndex } from '../../../server/src/core/attack/attack-index';
import type { Check, ValidationResources } from '../../../server/src/core/validate/check';
import { validateFile } from '../../../server/src/core/validate/validate-file';
import { applyEdits } from '../validate/apply-edits';

/** Runs one check over a rule text and returns its diagnostics with the code given. */
export function findingsOf(text: string, check: Check, code: string, resources: ValidationResources = {}): Diagnostic[] {
  return validateFile(text, parseRule(text), { checks: [check], resources, now: new Date('2026-11-25T12:00:00Z') }).filter((item) => item.code === code);
}

/** The source text a diagnostic's range covers. */
export function rangeText(text: string, diagnostic: Diagnostic): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(diagnostic.range.start), lines.offsetAt(diagnostic.range.end));
}

/** The text after applying a diagnostic's fix number `index`. */
export function fixedText(text: string, diagnostic: Diagnostic, index = 0): string {
  const fix = diagnostic.fixes?.[index];
  if (!fix) throw new Error(`${diagnostic.code} has no fix ${index}`);
  return applyEdits(text, fix.edits);
}

/** A detection rule with the logsource and selection lines given (each line already indented for its place). */
export function ruleText(options: { logsource: string[]; selection: string[]; tags?: string[] }): string {
  const tags = options.tags ? ['tags:', ...options.tags.map((tag) => `    - ${tag}`)] : [];
  return ['title: Example', ...tags, 'logsource:', ...options.logsource.map((line) => `    ${line}`), 'detection:', '    selection:', ...options.selection.map((line) => `        ${line}`), '    condition: selection', ''].join('\n');
}

export const MINI_ATTACK_PATH = path.join(__dirname, '..', '..', 'fixtures', 'attack', 'mini-attack.json');

/** The compact index of the hand-written STIX fixture (ATT&CK "18.1" with a handful of objects). */
export function miniAttackIndex(): AttackIndex {
  return buildAttackIndex(JSON.parse(readFileSync(MINI_ATTACK_PATH, 'utf8')));
}
