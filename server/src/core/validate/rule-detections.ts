import type { Detection, FieldMatch, SigmaRule } from '../sigma/model';

/** The detection-shaped sections of a rule: a detection rule's `detection`, a filter rule's `filter`. */
export function detectionsOf(rule: SigmaRule): Detection[] {
  const detections: Detection[] = [];
  if (rule.detection) detections.push(rule.detection);
  if (rule.filter) detections.push(rule.filter.detection);
  return detections;
}

/** Every `Field|modifiers: values` entry of a rule, in source order. */
export function fieldMatchesOf(rule: SigmaRule): FieldMatch[] {
  const matches: FieldMatch[] = [];
  for (const detection of detectionsOf(rule)) {
    for (const selection of detection.selections) for (const group of selection.groups) matches.push(...group.items);
  }
  return matches;
}

