import type { FieldMatch, SigmaValue } from '../sigma/model';
import type { ReportProblem } from './compile-diagnostic';
import type { EventContext } from './event-context';
import { planModifiers, type ModifierPlan } from './modifier-plan';
import { MultiPatternMatcher } from './multi-pattern';
import { anyNetworkTest, compileValueTest, type ValueTest, type ValueTestOptions } from './value-tests';

/** A necessary substring: a matching event has `needle` in the lowercased value of `field` (`null`: any field). */
export interface Atom {
  field: string | null;
  needle: string;
}

/** One compiled `Field|mods: values` item (or a keyword list): the leaf of the condition tree. */
export interface LeafMatcher {
  /** The key as written (`CommandLine|contains|all`), or `keywords`. */
  key: string;
  /** The Sigma field name, null for keywords. */
  field: string | null;
  /** The event fields it reads, after field mapping; alternatives are OR'ed. */
  eventFields: string[];
  values: string[];
  test(context: EventContext): boolean;
  /** At least one atom holds whenever the leaf matches; undefined when no such set is known. */
  atoms?: Atom[];
  /** For a plain `EventID: ...` leaf, the IDs it accepts, used to index rules by event ID. */
  eventIds?: string[];
}

export interface LeafOptions extends ValueTestOptions {
  /** Event field names for a Sigma field (a pipeline's field mapping); identity when absent. */
  mapField?: (field: string) => string[];
  report: ReportProblem;
}

/** Compiles one field match; a value that cannot be evaluated is reported and never matches. */
export function compileFieldMatch(item: FieldMatch, options: LeafOptions): LeafMatcher {
  const plan = planModifiers(item.modifiers);
  for (const name of plan.unknown) options.report({ code: 'replay-unsupported-modifier', message: `Modifier '${name}' is not evaluated; '${item.key}' never matches`, range: item.keyRange });
  const eventFields = item.field === null ? [] : (options.mapField?.(item.field) ?? [item.field]);
  const leaf: LeafMatcher = { key: item.key, field: item.field, eventFields, values: item.values.map(describeValue), test: () => false };
  if (plan.unknown.length) return leaf;
  if (plan.exists) leaf.test = existsTest(item, eventFields);
  else if (plan.fieldref) leaf.test = fieldrefTest(item, plan, eventFields);
  else {
    const tests = compileTests(item.values.filter((value) => value.kind !== 'null'), plan, options, item.key);
    leaf.test = valuesTest(item, plan, eventFields, tests);
    leaf.atoms = plan.neq ? undefined : leafAtoms(item, plan, eventFields, tests);
  }
  leaf.eventIds = eventIdValues(item, eventFields);
  return leaf;
}

/** A keyword selection: each value searched in every string of the event, `contains` unless a modifier says otherwise. */
export function compileKeywords(values: SigmaValue[], options: LeafOptions, modifiers: FieldMatch['modifiers'] = []): LeafMatcher {
  const plan = planModifiers(modifiers);
  if (!modifiers.some((modifier) => ['startswith', 'endswith', 'contains', 're', 'cidr'].includes(modifier.name))) plan.mode = 'contains';
  const tests = compileTests(values, plan, options, 'keywords');
  const combine = plan.all ? 'every' : 'some';
  const lowercase = !plan.cased;
  return {
    key: 'keywords',
    field: null,
    eventFields: [],
    values: values.map(describeValue),
    test: (context) => {
      const raws = context.everyString();
      const lowers = lowercase ? context.everyLower() : raws;
      return tests.length > 0 && tests[combine]((one) => raws.some((raw, index) => one.test(raw, lowers[index])));
    },
    atoms: atomsOf(tests, plan.all, [null]),
  };
}

function valuesTest(item: FieldMatch, plan: ModifierPlan, fields: string[], tests: ValueTest[]): (context: EventContext) => boolean {
  const hasNull = item.values.some((value) => value.kind === 'null');
  const lowercase = !plan.cased && !plan.regex;
  const read = readerFor(fields, lowercase);
  const matchAll = plan.all && tests.length > 1;
  const anyTest = matchAll ? undefined : manyValuesTest(tests);
  // Loops rather than `every`/`some` with closures: this runs for every leaf of every candidate rule.
  const matchValues = (raws: string[], lowers: string[]): boolean => {
    if (matchAll) {
      for (const one of tests) if (!anyValue(one.test, raws, lowers)) return false;
      return true;
    }
    if (anyTest) return anyValue(anyTest, raws, lowers);
    for (let i = 0; i < raws.length; i++) for (const one of tests) if (one.test(raws[i], lowers[i])) return true;
    return false;
  };
  if (plan.neq) return (context) => !matchValues(read.raw(context), read.lower(context));
  return (context) => {
    const raws = read.raw(context);
    if (raws.length === 0) return hasNull;
    return tests.length > 0 && matchValues(raws, read.lower(context));
  };
}

function anyValue(test: (raw: string, lower: string) => boolean, raws: string[], lowers: string[]): boolean {
  for (let i = 0; i < raws.length; i++) if (test(raws[i], lowers[i])) return true;
  return false;
}

/** Lists at least this long are searched with one automaton instead of value by value. */
const MANY_VALUES = 12;

/**
 * A long list of OR'ed values (SigmaHQ has rules with hundreds of `contains` values): one scan finds
 * the values whose needles occur, and only those are tested.
 */
function manyValuesTest(tests: ValueTest[]): ((raw: string, lower: string) => boolean) | undefined {
  if (tests.length < MANY_VALUES || tests.some((test) => !test.needles)) return undefined;
  const matcher = new MultiPatternMatcher(tests.flatMap((test, id) => test.needles!.map((needle) => ({ needle, id }))));
  const found: number[] = [];
  return (raw, lower) => {
    found.length = 0;
    matcher.scan(raw, found);
    for (const id of found) if (tests[id].test(raw, lower)) return true;
    return false;
  };
}

interface FieldReader {
  raw(context: EventContext): string[];
  lower(context: EventContext): string[];
}

/** Reads the values of one field, or of every alternative a field mapping lists, concatenated. */
function readerFor(fields: string[], lowercase: boolean): FieldReader {
  if (fields.length === 1) {
    const [field] = fields;
    return { raw: (context) => context.stringsOf(field), lower: lowercase ? (context) => context.lowerOf(field) : (context) => context.stringsOf(field) };
  }
  return {
    raw: (context) => fields.flatMap((field) => context.stringsOf(field)),
    lower: (context) => fields.flatMap((field) => (lowercase ? context.lowerOf(field) : context.stringsOf(field))),
  };
}

function compileTests(values: SigmaValue[], plan: ModifierPlan, options: LeafOptions, key: string): ValueTest[] {
  const tests: ValueTest[] = [];
  for (const value of values) {
    const compiled = compileValueTest(value, plan, options);
    if ('error' in compiled) options.report({ code: compiled.code, message: `'${key}': ${compiled.error}; this value never matches`, range: value.range });
    else tests.push(compiled);
  }
  const networks = tests.map((test) => test.network);
  const oneOfNetworks = plan.cidr && !plan.all && tests.length > 1 && networks.every((network) => network !== undefined);
  return oneOfNetworks ? [anyNetworkTest(networks as NonNullable<ValueTest['network']>[])] : tests;
}

function existsTest(item: FieldMatch, fields: string[]): (context: EventContext) => boolean {
  const wanted = item.values[0]?.kind === 'boolean' ? item.values[0].value : String(item.values[0]?.value).toLowerCase() !== 'false';
  return (context) => fields.some((field) => context.value(field) !== undefined && context.value(field) !== null) === wanted;
}

/** `fieldref`: the field equals (or contains, starts or ends with) the value of the field the rule names. */
function fieldrefTest(item: FieldMatch, plan: ModifierPlan, fields: string[]): (context: EventContext) => boolean {
  const others = item.values.filter((value) => value.kind === 'string').map((value) => String(value.value));
  const compare = textComparator(plan.mode, plan.cased);
  // Without closures or arrays made per event: SigmaHQ has a fieldref rule that sees every process creation.
  const pass = (mine: string[], theirs: string[]): boolean => {
    for (const value of mine) for (const reference of theirs) if (compare(value, reference)) return true;
    return false;
  };
  return (context) => {
    const mine = fields.length === 1 ? context.stringsOf(fields[0]) : fields.flatMap((field) => context.stringsOf(field));
    // `all`: every referenced field must compare; otherwise any one.
    let result = plan.all;
    for (const other of others) {
      if (pass(mine, context.stringsOf(other)) !== plan.all) {
        result = !plan.all;
        break;
      }
    }
    return plan.neq ? !result : result;
  };
}

/** Compares raw values; equality checks lengths before lowercasing anything, since most pairs differ in length. */
function textComparator(mode: ModifierPlan['mode'], cased: boolean): (value: string, reference: string) => boolean {
  const fold = (text: string): string => (cased ? text : text.toLowerCase());
  if (mode === 'contains') return (value, reference) => fold(value).includes(fold(reference));
  if (mode === 'startswith') return (value, reference) => fold(value).startsWith(fold(reference));
  if (mode === 'endswith') return (value, reference) => fold(value).endsWith(fold(reference));
  return (value, reference) => value === reference || (!cased && value.length === reference.length && value.toLowerCase() === reference.toLowerCase());
}

function leafAtoms(item: FieldMatch, plan: ModifierPlan, fields: string[], tests: ValueTest[]): Atom[] | undefined {
  if (item.values.some((value) => value.kind === 'null') || plan.cidr || plan.numeric || plan.timePart) return undefined;
  // A value that failed to compile never matches, so the needles of the others still cover every match.
  return atomsOf(tests, plan.all && tests.length > 1, fields);
}

/** OR'ed values need one of all their needles; AND'ed (`all`) values need the needles of any one value: take the longest. */
function atomsOf(tests: ValueTest[], all: boolean, fields: (string | null)[]): Atom[] | undefined {
  if (tests.length === 0 || fields.length === 0) return undefined;
  let needles: string[] | undefined;
  if (all) {
    const candidates = tests.map((test) => test.needles).filter((list): list is string[] => list !== undefined);
    needles = candidates.sort((a, b) => Math.min(...b.map((n) => n.length)) - Math.min(...a.map((n) => n.length)))[0];
  } else if (tests.every((test) => test.needles)) needles = tests.flatMap((test) => test.needles!);
  if (!needles) return undefined;
  return fields.flatMap((field) => needles.map((needle) => ({ field, needle })));
}

function eventIdValues(item: FieldMatch, fields: string[]): string[] | undefined {
  if (item.field !== 'EventID' || item.modifiers.length > 0 || fields.length !== 1 || !EVENT_ID_FIELDS.has(fields[0])) return undefined;
  const plain = item.values.every((value) => value.kind === 'number' || (value.kind === 'string' && !value.pattern.hasWildcards && /^\d+$/.test(value.value)));
  return plain && item.values.length > 0 ? item.values.map((value) => String(value.value)) : undefined;
}

/** Where an event keeps its Windows event ID, natively or in ECS. */
export const EVENT_ID_FIELDS = new Set(['EventID', 'winlog.event_id', 'event.code']);

function describeValue(value: SigmaValue): string {
  return value.kind === 'null' ? 'null' : String(value.value);
}
