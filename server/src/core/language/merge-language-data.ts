import type { FieldInfo, LanguageData, LogsourceValueInfo } from './language-data';

/**
 * Combines language data sources, best first: the curated taxonomy before what the workspace uses.
 * Names already offered by an earlier source are not repeated.
 */
export function mergeLanguageData(sources: readonly LanguageData[]): LanguageData {
  const withFields = sources.filter((source) => source.fieldsFor);
  const withValues = sources.filter((source) => source.logsourceValues);
  return {
    fieldsFor: withFields.length ? (logsource) => uniqueBy(withFields.flatMap((source) => source.fieldsFor?.(logsource) ?? []), (field: FieldInfo) => field.name) : undefined,
    logsourceValues: withValues.length ? (key, within) => uniqueBy(withValues.flatMap((source) => source.logsourceValues?.(key, within) ?? []), (value: LogsourceValueInfo) => value.value) : undefined,
    attack: sources.find((source) => source.attack)?.attack,
    sampleExamples: sources.find((source) => source.sampleExamples)?.sampleExamples,
    ruleReferences: sources.find((source) => source.ruleReferences)?.ruleReferences,
  };
}

function uniqueBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
