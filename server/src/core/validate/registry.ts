import type { Check, CodeInfo } from './check';
import { attackIdsCheck } from './checks/attack-ids';
import { attackTacticsCheck } from './checks/attack-tactics';
import { attributeTypesCheck } from './checks/attribute-types';
import { attributeTypoCheck } from './checks/attribute-typo';
import { conditionUsageCheck } from './checks/condition-usage';
import { datesCheck } from './checks/dates';
import { detectionStructureCheck } from './checks/detection-structure';
import { fieldNamesCheck } from './checks/field-names';
import { logsourceSpecificCheck } from './checks/logsource-specific';
import { logsourceUnknownCheck } from './checks/logsource-unknown';
import { logsourceShapeCheck } from './checks/metadata-logsource';
import { modifierChainCheck } from './checks/modifier-chain';
import { modifierValuesCheck } from './checks/modifier-values';
import { regexCheck } from './checks/regex';
import { relatedCheck } from './checks/related';
import { ruleIdentityCheck } from './checks/rule-identity';
import { ruleReferencesCheck } from './checks/rule-references';
import { sigmahqFilenameCheck } from './checks/sigmahq-filename';
import { statusLevelCheck } from './checks/status-level';
import { tagFormatCheck } from './checks/tag-format';
import { titleCheck } from './checks/title';
import { valueStyleCheck } from './checks/value-style';
import { wildcardsCheck } from './checks/wildcards';
import { PARSER_CODES } from './parser-codes';

/**
 * Every check, in the order their findings are listed.
 * Add a check by writing one file in `checks/` and one line here.
 */
export const CHECKS: readonly Check[] = [
  titleCheck,
  ruleIdentityCheck,
  relatedCheck,
  statusLevelCheck,
  datesCheck,
  attributeTypesCheck,
  attributeTypoCheck,
  logsourceShapeCheck,
  logsourceUnknownCheck,
  logsourceSpecificCheck,
  fieldNamesCheck,
  detectionStructureCheck,
  sigmahqFilenameCheck,
  modifierChainCheck,
  modifierValuesCheck,
  wildcardsCheck,
  valueStyleCheck,
  regexCheck,
  conditionUsageCheck,
  tagFormatCheck,
  attackIdsCheck,
  attackTacticsCheck,
  ruleReferencesCheck,
];

/** Every diagnostic code the parser and the checks can report, with default severity and description. */
export function listCodes(checks: readonly Check[] = CHECKS): Map<string, CodeInfo> {
  const codes = new Map<string, CodeInfo>(Object.entries(PARSER_CODES));
  for (const check of checks) for (const [code, info] of Object.entries(check.codes)) codes.set(code, info);
  return codes;
}
