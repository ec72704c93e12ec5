import { isMap } from 'yaml';
import type { Located, SigmaRule } from '../../sigma/model';
import type { Check, CheckContext, Finding } from '../check';

/**
 * Correlation and filter rules reference other rules by id or name. A reference that no rule checked
 * together declares is a warning, not an error: the rule may live in a repository not being checked.
 * Without workspace facts (a single file in an editor) only the file's own rules are known, so
 * unknown references are reported only when the facts are there.
 */
export const ruleReferencesCheck: Check = {
  codes: {
    'missing-rule-references': { severity: 'error', description: 'A correlation or filter rule lists no rules to apply to.' },
    'unknown-rule-reference': { severity: 'warning', description: 'A correlation or filter rule references an id or name that no checked rule declares.' },
  },
  run(context: CheckContext): Finding[] {
    const section = referencesOf(context.rule);
    if (!section) return [];
    if (section.references.length === 0) {
      const range = context.rule.attributes.find((item) => item.key === section.key)?.keyRange ?? context.rule.range;
      return [{ code: 'missing-rule-references', message: `The ${section.key} lists no rules: add \`rules:\` with the ids or names of the rules it applies to`, range }];
    }
    if (!context.workspace) return [];
    const { ruleIds, ruleNames } = context.workspace;
    return section.references
      .filter((reference) => !ruleIds.has(reference.value) && !ruleNames.has(reference.value))
      .map((reference) => ({ code: 'unknown-rule-reference', message: `No checked rule has the id or name '${reference.value}'`, range: reference.range, data: { reference: reference.value } }));
  },
};

function referencesOf(rule: SigmaRule): { key: string; references: Located<string>[] } | undefined {
  // The parser reports a section that is not a map; its missing rules would only repeat that.
  if (!isMap(rule.attributes.find((item) => item.key === rule.kind)?.node)) return undefined;
  if (rule.kind === 'correlation' && rule.correlation) return { key: 'correlation', references: rule.correlation.rules };
  if (rule.kind === 'filter' && rule.filter) return { key: 'filter', references: rule.filter.rules };
  return undefined;
}
