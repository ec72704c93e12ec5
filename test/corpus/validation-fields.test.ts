import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadValidationResources, type LoadedValidationResources } from '../../server/src/adapters/validation-resources';
import type { Diagnostic } from '../../server/src/core/sigma/diagnostic';
import { parseRule } from '../../server/src/core/sigma/parse-rule';
import { validateFile } from '../../server/src/core/validate/validate-file';
import { ATTACK_BUNDLE, SIGMAHQ_ROOT, sigmahqRuleFiles } from '../support/shared-data';

// Every SigmaHQ rule through parse + all checks, with our bundled taxonomy and ATT&CK v18.1.
// These rules are reviewed and correct, so a field or logsource warning on one is a gap in our taxonomy,
// unless the rule itself is wrong: those are listed here with the reason.
const ALLOWLIST: Record<string, string> = {
  'rules/cloud/azure/signin_logs/azure_conditional_access_failure.yml': "Case typo in the rule: 'Resultdescription' (the sign-in log field is ResultDescription); field-case offers the fix.",
  'rules/cloud/azure/audit_logs/azure_user_password_change.yml': "Case typo in the rule: 'Initiatedby' (the audit log field is InitiatedBy); field-case offers the fix.",
  'rules-placeholder/windows/builtin/security/win_security_modification_of_msds_dmsa_link_attribute.yml': "'SubjectAccountName' is not a Security event field (5136 has SubjectUserName).",
  'rules-placeholder/windows/builtin/security/win_security_msds_dmsa_object_creation.yml': "'SubjectAccountName' is not a Security event field (5137 has SubjectUserName).",
  'rules-placeholder/cloud/azure/audit_logs/azure_ad_account_created_deleted_nonapproved_user.yml': "Typo in the rule: 'Initiatied.By' (Entra ID has InitiatedBy).",
};

const NOW = new Date('2026-11-25T12:00:00Z');

function isFieldOrLogsourceFinding(diagnostic: Diagnostic): boolean {
  const ours = diagnostic.code.startsWith('field-') || diagnostic.code.startsWith('logsource-') || diagnostic.code === 'unknown-logsource-key';
  return ours && (diagnostic.severity === 'error' || diagnostic.severity === 'warning');
}

interface CorpusResult {
  files: number;
  flagged: Map<string, Diagnostic[]>;
  attack: Diagnostic[];
}

function runCorpus(files: string[], resources: LoadedValidationResources): CorpusResult {
  const flagged = new Map<string, Diagnostic[]>();
  const attack: Diagnostic[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const diagnostics = validateFile(text, parseRule(text), { resources, now: NOW, path: file });
    const ours = diagnostics.filter(isFieldOrLogsourceFinding);
    if (ours.length > 0) flagged.set(path.relative(SIGMAHQ_ROOT, file), ours);
    attack.push(...diagnostics.filter((item) => item.code.startsWith('attack-')));
  }
  return { files: files.length, flagged, attack };
}

function share(count: number, total: number): string {
  return `${count}/${total} (${((100 * count) / total).toFixed(2)}%)`;
}

describe('field and logsource checks over the SigmaHQ corpus', function () {
  this.timeout(300_000);
  let resources: LoadedValidationResources;
  let all: CorpusResult;
  const inRules = (name: string) => name.startsWith(`rules${path.sep}`);

  before(async () => {
    resources = await loadValidationResources({ attackPath: ATTACK_BUNDLE });
    assert.deepEqual(resources.problems, []);
    all = runCorpus(sigmahqRuleFiles(), resources);
  });

  it('flags under 1% of rules/ with a field or logsource warning, each one allowlisted with a reason', () => {
    const files = sigmahqRuleFiles().filter((file) => inRules(path.relative(SIGMAHQ_ROOT, file)));
    assert.ok(files.length > 3000, `expected the 3,141 rules of rules/, found ${files.length}`);
    const flagged = [...all.flagged.keys()].filter(inRules);
    console.log(`      rules/: ${share(flagged.length, files.length)} flagged`);
    assert.ok(flagged.length / files.length < 0.01);
    assertAllowlisted(flagged);
  });

  it('flags under 1% of all rules* folders, each one allowlisted', () => {
    console.log(`      rules*: ${share(all.flagged.size, all.files)} flagged`);
    assert.ok(all.flagged.size / all.files < 0.01);
    assertAllowlisted([...all.flagged.keys()]);
  });

  it('reports ATT&CK tags that v18.1 lacks (v19 tactics and ids) as warnings naming v18.1, never errors', () => {
    const unknown = all.attack.filter((item) => item.code === 'attack-unknown-technique' || item.code === 'attack-unknown-tactic');
    const byCode = (code: string) => unknown.filter((item) => item.code === code).length;
    console.log(`      ATT&CK tags unknown in v18.1: ${unknown.length} (${byCode('attack-unknown-tactic')} tactics: stealth, defense-impairment; ${byCode('attack-unknown-technique')} technique ids)`);
    assert.ok(unknown.length > 0, 'SigmaHQ uses v19 tags, so some must be unknown in v18.1');
    assert.ok(all.attack.every((item) => item.severity !== 'error'));
    assert.ok(unknown.every((item) => item.severity === 'warning' && /ATT&CK v18\.1/.test(item.message)));
    const tactics = new Set(unknown.filter((item) => item.code === 'attack-unknown-tactic').map((item) => item.data?.tactic));
    assert.deepEqual([...tactics].sort(), ['defense-impairment', 'stealth']);
  });

  it('loads SigmaHQ\'s taxonomy files on top of ours and instead of ours', async () => {
    const sigmahq = ['sigmahq_taxonomy.json', 'logsource.json'].map((name) => path.join(SIGMAHQ_ROOT, 'taxonomy', name));
    const onTop = await loadValidationResources({ taxonomyPaths: sigmahq });
    const instead = await loadValidationResources({ taxonomyPaths: sigmahq, bundledTaxonomy: false });
    assert.deepEqual([...onTop.problems, ...instead.problems], []);
    const files = sigmahqRuleFiles();
    const onTopFlagged = runCorpus(files, onTop).flagged.size;
    const insteadFlagged = runCorpus(files, instead).flagged.size;
    console.log(`      rules* flagged with SigmaHQ's files on top of ours: ${share(onTopFlagged, files.length)}; with SigmaHQ's files alone: ${share(insteadFlagged, files.length)}`);
    assert.ok(onTopFlagged <= all.flagged.size, 'adding layers only adds fields and logsources');
    assert.ok(instead.taxonomy.logsources.size > 100);
  });

  function assertAllowlisted(flagged: string[]): void {
    const unexplained = flagged.filter((name) => !ALLOWLIST[name.split(path.sep).join('/')]);
    const details = unexplained.map((name) => `${name}: ${all.flagged.get(name)!.map((item) => `${item.code} ${item.message}`).join('; ')}`);
    assert.deepEqual(details, []);
  }
});
