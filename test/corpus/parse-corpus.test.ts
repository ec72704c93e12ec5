import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { walkCondition } from '../../server/src/core/sigma/condition/ast';
import { resolveTarget } from '../../server/src/core/sigma/condition/resolve';
import type { Detection, SigmaRule } from '../../server/src/core/sigma/model';
import { parseRule } from '../../server/src/core/sigma/parse-rule';
import { mutateText } from '../support/mutate-text';
import { seededRandom } from '../support/random';
import { sigmahqRuleFiles, SPEC_TESTS_ROOT, yamlFilesUnder } from '../support/shared-data';

/** Every selection name a condition AST refers to, with `of` targets expanded. */
function referencedNames(detection: Detection): { name: string; known: boolean }[] {
  const names = detection.selections.map((selection) => selection.name);
  const known = new Set(names);
  const found: { name: string; known: boolean }[] = [];
  for (const expression of detection.condition?.expressions ?? []) {
    if (!expression.ast) continue;
    walkCondition(expression.ast, (node) => {
      if (node.type === 'identifier') found.push({ name: node.name, known: known.has(node.name) });
      if (node.type === 'quantified') {
        const covered = resolveTarget(node.target, names);
        found.push(...(covered.length ? covered.map((name) => ({ name, known: true })) : [{ name: node.target.type, known: false }]));
      }
    });
  }
  return found;
}

function detectionsOf(rule: SigmaRule): Detection[] {
  return [rule.detection, rule.filter?.detection].filter((d): d is Detection => d !== undefined);
}

describe('corpus: SigmaHQ rules and the specification test rules parse cleanly', function () {
  const files = sigmahqRuleFiles();

  it('finds the whole SigmaHQ corpus', () => {
    assert.ok(files.length >= 3780, `expected 3,780 rule files, found ${files.length}`);
  });

  it('parses every SigmaHQ rule with zero parse and condition errors, every condition referencing existing selections', () => {
    const failures: string[] = [];
    let rules = 0;
    for (const file of files) {
      const parsed = parseRule(readFileSync(file, 'utf8'));
      rules += parsed.rules.length;
      for (const d of parsed.diagnostics) failures.push(`${file}:${d.range.start.line + 1}: ${d.code} ${d.message}`);
      for (const rule of parsed.rules) {
        if (rule.kind === 'unknown') failures.push(`${file}: not recognised as a detection, correlation or filter rule`);
        for (const detection of detectionsOf(rule)) {
          if (!detection.condition?.expressions.every((e) => e.ast)) failures.push(`${file}: condition without AST`);
          for (const ref of referencedNames(detection)) if (!ref.known) failures.push(`${file}: condition references unknown '${ref.name}'`);
        }
      }
    }
    assert.deepEqual(failures.slice(0, 20), []);
    assert.ok(rules >= files.length);
  });

  it('parses the specification schema test rules, recognising every rule kind', () => {
    const kinds = new Map<string, string>();
    for (const file of yamlFilesUnder(SPEC_TESTS_ROOT)) {
      const parsed = parseRule(readFileSync(file, 'utf8'));
      assert.deepEqual(parsed.diagnostics, [], file);
      kinds.set(path.basename(file), parsed.rules.map((rule) => rule.kind).join(','));
    }
    assert.equal(kinds.get('temporal_ordered.yml'), 'correlation');
    assert.equal(kinds.get('filter_1.yml'), 'filter');
    assert.equal(kinds.get('rule_1.yml'), 'detection');
  });

  it('never throws on 5,000 random mutations of SigmaHQ rules', () => {
    const random = seededRandom(20261125);
    for (let i = 0; i < 5000; i++) {
      const file = files[Math.floor(random() * files.length)];
      const result = parseRule(mutateText(readFileSync(file, 'utf8'), random, 1 + Math.floor(random() * 6)));
      assert.ok(Array.isArray(result.diagnostics));
    }
  });
});
