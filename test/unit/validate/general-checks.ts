import type { Check } from '../../../server/src/core/validate/check';
import { attributeTypesCheck } from '../../../server/src/core/validate/checks/attribute-types';
import { attributeTypoCheck } from '../../../server/src/core/validate/checks/attribute-typo';
import { conditionUsageCheck } from '../../../server/src/core/validate/checks/condition-usage';
import { datesCheck } from '../../../server/src/core/validate/checks/dates';
import { detectionStructureCheck } from '../../../server/src/core/validate/checks/detection-structure';
import { logsourceShapeCheck } from '../../../server/src/core/validate/checks/metadata-logsource';
import { modifierChainCheck } from '../../../server/src/core/validate/checks/modifier-chain';
import { modifierValuesCheck } from '../../../server/src/core/validate/checks/modifier-values';
import { regexCheck } from '../../../server/src/core/validate/checks/regex';
import { relatedCheck } from '../../../server/src/core/validate/checks/related';
import { ruleIdentityCheck } from '../../../server/src/core/validate/checks/rule-identity';
import { ruleReferencesCheck } from '../../../server/src/core/validate/checks/rule-references';
import { sigmahqFilenameCheck } from '../../../server/src/core/validate/checks/sigmahq-filename';
import { statusLevelCheck } from '../../../server/src/core/validate/checks/status-level';
import { tagFormatCheck } from '../../../server/src/core/validate/checks/tag-format';
import { titleCheck } from '../../../server/src/core/validate/checks/title';
import { valueStyleCheck } from '../../../server/src/core/validate/checks/value-style';
import { wildcardsCheck } from '../../../server/src/core/validate/checks/wildcards';

/** The general checks (metadata, values, modifiers, condition, tag format); the taxonomy and ATT&CK checks have their own tests. */
export const GENERAL_CHECKS: readonly Check[] = [
  attributeTypesCheck,
  attributeTypoCheck,
  conditionUsageCheck,
  datesCheck,
  detectionStructureCheck,
  logsourceShapeCheck,
  modifierChainCheck,
  modifierValuesCheck,
  regexCheck,
  relatedCheck,
  ruleIdentityCheck,
  ruleReferencesCheck,
  sigmahqFilenameCheck,
  statusLevelCheck,
  tagFormatCheck,
  titleCheck,
  valueStyleCheck,
  wildcardsCheck,
];
