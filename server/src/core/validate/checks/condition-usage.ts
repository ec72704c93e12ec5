import { walkCondition, type QuantifiedNode } from '../../sigma/condition/ast';
import { resolveTarget } from '../../sigma/condition/resolve';
import type { Detection } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';
import { detectionsOf } from '../rule-detections';

/**
 * How the condition uses the selections (the parser already reports unknown references and `any of`):
 * selections defined but never used, `of them` over a single selection, and `all of them`.
 */
export const conditionUsageCheck: Check = {
  codes: {
    'unused-selection': { severity: 'warning', description: 'A selection is defined but the condition never uses it.' },
    'them-single-selection': { severity: 'hint', description: "'1 of them' or 'all of them' covers a single selection; name it instead." },
    'all-of-them': { severity: 'hint', description: "'all of them' ANDs every selection, including ones added later; name the selections instead." },
  },
  run(context: CheckContext): Finding[] {
    return detectionsOf(context.rule).flatMap((detection) => checkDetection(detection));
  },
};

function checkDetection(detection: Detection): Finding[] {
  const expressions = detection.condition?.expressions ?? [];
  if (expressions.length === 0 || expressions.some((expression) => !expression.ast)) return [];
  const names = detection.selections.map((selection) => selection.name);
  const used = new Set<string>();
  const findings: Finding[] = [];
  for (const expression of expressions) {
    walkCondition(expression.ast!, (node) => {
      if (node.type === 'identifier') used.add(node.name);
      if (node.type !== 'quantified') return;
      const covered = resolveTarget(node.target, names);
      covered.forEach((name) => used.add(name));
      findings.push(...quantifierFindings(node, covered));
    });
  }
  for (const selection of detection.selections) {
    if (!used.has(selection.name)) findings.push({ code: 'unused-selection', message: `The selection '${selection.name}' is never used in the condition`, range: selection.nameRange, data: { name: selection.name } });
  }
  return findings;
}

function quantifierFindings(node: QuantifiedNode, covered: string[]): Finding[] {
  if (node.target.type !== 'them') return [];
  if (covered.length === 1) {
    const fix = { title: `Replace with '${covered[0]}'`, edits: [{ range: node.range, newText: covered[0] }] };
    return [{ code: 'them-single-selection', message: `'${node.quantifier === 'all' ? 'all' : '1'} of them' covers only '${covered[0]}': name it instead`, range: node.range, fixes: [fix] }];
  }
  if (node.quantifier === 'all' && covered.length > 1) {
    const fix = { title: 'Name the selections', edits: [{ range: node.range, newText: covered.join(' and ') }] };
    return [{ code: 'all-of-them', message: `'all of them' ANDs every selection, including ones added later: write ${covered.join(' and ')}`, range: node.range, fixes: [fix] }];
  }
  return [];
}
