import type { Modifier } from '../sigma/model';
import { TIME_PARTS, type TimePart } from './time-parts';
import type { ByteEncoding } from './value-encoding';

export type MatchMode = 'exact' | 'contains' | 'startswith' | 'endswith';
export type NumericOperator = 'lt' | 'lte' | 'gt' | 'gte';

/** What a `Field|mod|mod` chain asks for, read once at compile time. */
export interface ModifierPlan {
  mode: MatchMode;
  all: boolean;
  exists: boolean;
  cased: boolean;
  neq: boolean;
  windash: boolean;
  regex?: { ignoreCase: boolean; multiLine: boolean; dotAll: boolean };
  /** Bytes encoding to apply first (utf16 variants), if any. */
  textEncoding?: ByteEncoding;
  base64?: 'plain' | 'offset';
  numeric?: NumericOperator;
  timePart?: TimePart;
  cidr: boolean;
  expand: boolean;
  fieldref: boolean;
  /** Modifier names the evaluator does not know. */
  unknown: string[];
}

const MATCH_MODES = new Set<string>(['contains', 'startswith', 'endswith']);
const NUMERIC = new Set<string>(['lt', 'lte', 'gt', 'gte']);
const TEXT_ENCODINGS: Record<string, ByteEncoding> = { utf16le: 'utf16le', wide: 'utf16le', utf16be: 'utf16be', utf16: 'utf16' };

export function planModifiers(modifiers: readonly Modifier[]): ModifierPlan {
  const plan: ModifierPlan = { mode: 'exact', all: false, exists: false, cased: false, neq: false, windash: false, cidr: false, expand: false, fieldref: false, unknown: [] };
  for (const { name } of modifiers) applyModifier(plan, name);
  return plan;
}

function applyModifier(plan: ModifierPlan, name: string): void {
  if (MATCH_MODES.has(name)) plan.mode = name as MatchMode;
  else if (NUMERIC.has(name)) plan.numeric = name as NumericOperator;
  else if (name in TEXT_ENCODINGS) plan.textEncoding = TEXT_ENCODINGS[name];
  else if ((TIME_PARTS as readonly string[]).includes(name)) plan.timePart = name as TimePart;
  else if (name === 're') plan.regex = { ignoreCase: false, multiLine: false, dotAll: false };
  else if (name === 'i' || name === 'm' || name === 's') applyRegexFlag(plan, name);
  else if (name === 'base64') plan.base64 = 'plain';
  else if (name === 'base64offset') plan.base64 = 'offset';
  else if (name === 'all' || name === 'exists' || name === 'cased' || name === 'neq' || name === 'windash' || name === 'cidr' || name === 'expand' || name === 'fieldref') plan[name] = true;
  else plan.unknown.push(name);
}

function applyRegexFlag(plan: ModifierPlan, flag: 'i' | 'm' | 's'): void {
  plan.regex ??= { ignoreCase: false, multiLine: false, dotAll: false };
  if (flag === 'i') plan.regex.ignoreCase = true;
  else if (flag === 'm') plan.regex.multiLine = true;
  else plan.regex.dotAll = true;
}
