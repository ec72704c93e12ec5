import type { Detection, SigmaRule } from '../sigma/model';
import type { CompileDiagnostic, ReportProblem } from './compile-diagnostic';
import type { CompiledDetection, CompiledFilter, CompiledLogic, CompiledRuleInfo, CompiledRuleSet } from './compiled-rule';
import { compileCondition } from './condition-compiler';
import { compileCorrelation } from './correlation-compiler';
import type { EventContext } from './event-context';
import { compileFieldMatch, type LeafMatcher, type LeafOptions } from './field-matcher';
import { ruleScopeOf, type RuleScope } from './logsource-scope';
import { pipelineEffect, type Pipeline } from './pipeline';
import { leafRequirement, NO_REQUIREMENT, requireAll, requireAny, type Requirement } from './requirements';
import { compileSelection, type SelectionMatcher } from './selection-matcher';
import { syntheticFieldMatch } from './synthetic-match';

/** A parsed rule and the file it came from. */
export interface RuleInput {
  rule: SigmaRule;
  path?: string;
}

export interface CompileOptions {
  /** Field-mapping pipelines, applied by priority. */
  pipelines?: readonly Pipeline[];
  /** Values for `%name%` placeholders of the `expand` modifier. */
  placeholders?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Compiles parsed rules into matchers: detections with their filters applied, and correlations
 * resolved to the detections they name. Never throws; what cannot be evaluated is reported on the
 * rule (`diagnostics`) and never matches.
 */
export function compileRules(inputs: readonly RuleInput[], options: CompileOptions = {}): CompiledRuleSet {
  const set: CompiledRuleSet = { detections: [], correlations: [], filters: [], all: [] };
  const filterInputs = inputs.map((input, ordinal) => ({ input, ordinal })).filter(({ input }) => input.rule.kind === 'filter');
  inputs.forEach((input, ordinal) => {
    const info = ruleInfo(input, ordinal);
    if (input.rule.kind === 'detection') {
      const detection = compileDetection(input.rule, info, options, filterInputs.map((f) => f.input.rule));
      set.detections.push(detection);
      set.all.push(detection);
    } else if (input.rule.kind === 'filter') {
      set.filters.push(info);
      set.all.push({ ...info, kind: 'filter' });
    } else if (input.rule.kind !== 'correlation') set.all.push({ ...info, kind: 'unknown' });
  });
  inputs.forEach((input, ordinal) => {
    if (input.rule.kind !== 'correlation') return;
    const correlation = compileCorrelation(input.rule, ruleInfo(input, ordinal), set.detections);
    set.correlations.push(correlation);
    set.all.splice(insertionIndex(set.all, ordinal), 0, correlation);
  });
  reportUnusedFilters(set, filterInputs);
  return set;
}

function insertionIndex(all: CompiledRuleSet['all'], ordinal: number): number {
  const index = all.findIndex((rule) => rule.ordinal > ordinal);
  return index < 0 ? all.length : index;
}

function ruleInfo(input: RuleInput, ordinal: number): CompiledRuleInfo {
  const rule = input.rule;
  return { ordinal, path: input.path, id: rule.id?.value, name: rule.name?.value, title: rule.title?.value ?? rule.id?.value ?? '(untitled)', level: rule.level?.value, source: rule, diagnostics: [] };
}

function compileDetection(rule: SigmaRule, info: CompiledRuleInfo, options: CompileOptions, filterRules: SigmaRule[]): CompiledDetection {
  const report: ReportProblem = (problem) => info.diagnostics.push(problem);
  const scope = ruleScopeOf(rule.logsource);
  const effect = pipelineEffect(options.pipelines ?? [], scope);
  const leafOptions: LeafOptions = { mapField: effect.mapField, placeholders: options.placeholders ?? {}, report };
  const logic = compileLogic(rule.detection, leafOptions, report);
  const added = effect.addedConditions.flatMap((fields) => Object.entries(fields).map(([key, value]) => compileFieldMatch(syntheticFieldMatch(key, value), { ...leafOptions, mapField: undefined })));
  const filters = filterRules.filter((filter) => filterTargets(filter, rule, scope)).map((filter) => compileFilter(filter, leafOptions, report));
  const tests = [logic.test, ...added.map((leaf) => leaf.test), ...filters.map((filter) => filter.test)];
  const requirement: Requirement = requireAll([logic.requirement, ...added.map((leaf) => leafRequirement(leaf.atoms, leaf.eventIds))]);
  const test = tests.length === 1 ? tests[0] : (context: EventContext) => tests.every((one) => one(context));
  return { ...info, kind: 'detection', scope, logic, added, filters, test, requirement };
}

/** The selections and condition of a detection (or filter) section; a missing condition is reported and never matches. */
export function compileLogic(detection: Detection | undefined, options: LeafOptions, report: ReportProblem): CompiledLogic {
  const selections = new Map<string, SelectionMatcher>();
  if (!detection) {
    report({ code: 'replay-no-detection', message: 'The rule has no detection section; it never matches' });
    return { selections, conditions: [], test: () => false, requirement: NO_REQUIREMENT };
  }
  for (const selection of detection.selections) selections.set(selection.name, compileSelection(selection, options));
  const conditions = (detection.condition?.expressions ?? []).flatMap((expression) => (expression.ast ? [expression.ast] : []));
  if (conditions.length === 0) {
    report({ code: 'replay-no-condition', message: 'The rule has no condition that parses; it never matches', range: detection.condition?.range ?? detection.range });
    return { selections, conditions, test: () => false, requirement: NO_REQUIREMENT };
  }
  const compiled = conditions.map((node) => compileCondition(node, selections, report));
  const test = compiled.length === 1 ? compiled[0].test : (context: EventContext) => compiled.some((one) => one.test(context));
  return { selections, conditions, test, requirement: requireAny(compiled.map((one) => one.requirement)) };
}

/**
 * A filter applies to a rule it names (by id or name), or to every rule when it names none or says
 * `any` (as pySigma reads it), provided its logsource does not contradict the rule's.
 */
function filterTargets(filter: SigmaRule, rule: SigmaRule, scope: RuleScope): boolean {
  const names = new Set((filter.filter?.rules ?? []).map((reference) => reference.value));
  const named = names.size === 0 || names.has('any') || (rule.id && names.has(rule.id.value)) || (rule.name && names.has(rule.name.value));
  if (!named) return false;
  const filterScope = ruleScopeOf(filter.logsource);
  return (['product', 'category', 'service'] as const).every((key) => !filterScope[key] || filterScope[key] === scope[key]);
}

function compileFilter(filter: SigmaRule, options: LeafOptions, report: ReportProblem): CompiledFilter {
  const logic = compileLogic(filter.filter?.detection, options, (problem) => report({ ...problem, message: `filter '${filter.title?.value ?? filter.id?.value}': ${problem.message}` }));
  return { ...logic, id: filter.id?.value, title: filter.title?.value ?? filter.id?.value ?? '(untitled filter)' };
}

function reportUnusedFilters(set: CompiledRuleSet, filterInputs: { input: RuleInput; ordinal: number }[]): void {
  for (const { input, ordinal } of filterInputs) {
    const used = set.detections.some((detection) => detection.filters.some((filter) => filter.id === input.rule.id?.value && filter.title === (input.rule.title?.value ?? input.rule.id?.value)));
    if (used) continue;
    const info = set.filters.find((filter) => filter.ordinal === ordinal);
    const names = (input.rule.filter?.rules ?? []).map((reference) => reference.value).join(', ');
    info?.diagnostics.push({ code: 'replay-filter-unresolved', message: `No loaded rule with a matching logsource has the id or name this filter names (${names || 'none'})` });
  }
}

export type { CompileDiagnostic, LeafMatcher };
