import type { SigmaValue } from '../sigma/model';
import { parseSigmaString, type StringPart } from '../sigma/sigma-string';
import { addressIn, cidrContains, parseCidr, parseIp, type CidrNetwork } from './cidr';
import { compileGlob, longestLiteral } from './glob';
import type { ModifierPlan } from './modifier-plan';
import { requiredRegexLiteral } from './regex-literals';
import { compileSafeRegex } from './safe-regex';
import { parseTimestamp, timePartOf } from './time-parts';
import { base64OffsetVariants, bytesToBinaryString, encodeText, FLAG_DASH, toBase64, WINDASH_CHARACTERS, windashVariants } from './value-encoding';

/** One rule value, compiled: tests one event string (given raw and lowercased). */
export interface ValueTest {
  test(raw: string, lower: string): boolean;
  /** Lowercase substrings of which every matching event value contains at least one; undefined when unknown. */
  needles?: string[];
  /** For a `cidr` value, its network: OR'ed networks are tested together, parsing the address once. */
  network?: CidrNetwork;
}

export interface ValueTestOptions {
  placeholders: Readonly<Record<string, readonly string[]>>;
}

/** Compiles one value under a modifier plan, or explains why it cannot be evaluated. */
export function compileValueTest(value: SigmaValue, plan: ModifierPlan, options: ValueTestOptions): ValueTest | { error: string; code: 'replay-regex-unsupported' | 'replay-unknown-placeholder' | 'replay-invalid-value' } {
  if (value.kind === 'invalid' || value.kind === 'null') return { error: `cannot compare with a ${value.kind} value`, code: 'replay-invalid-value' };
  const text = valueText(value);
  if (plan.regex) return regexTest(text, plan);
  if (plan.cidr) return cidrTest(text);
  if (plan.timePart) return timePartTest(text, plan);
  if (plan.numeric) return numericTest(text, plan);
  return stringTest(value, plan, options);
}

function valueText(value: SigmaValue): string {
  return value.kind === 'string' ? value.value : String(value.value);
}

function regexTest(pattern: string, plan: ModifierPlan): ValueTest | { error: string; code: 'replay-regex-unsupported' } {
  const compiled = compileSafeRegex(pattern, plan.regex!);
  if ('error' in compiled) return { error: `regular expression not supported by the linear-time engine: ${compiled.error}`, code: 'replay-regex-unsupported' };
  const literal = requiredRegexLiteral(pattern);
  return { test: rememberRecent((raw) => compiled.test(raw)), needles: literal ? [literal] : undefined };
}

function cidrTest(text: string): ValueTest | { error: string; code: 'replay-invalid-value' } {
  const network = parseCidr(text);
  if (!network) return { error: `'${text}' is not an IPv4 or IPv6 network`, code: 'replay-invalid-value' };
  return { test: rememberRecent((raw) => cidrContains(network, raw)), network };
}

/** One test for OR'ed `cidr` values: SigmaHQ lists dozens of private and reserved networks in a filter. */
export function anyNetworkTest(networks: readonly CidrNetwork[]): ValueTest {
  return {
    test: rememberRecent((raw) => {
      const address = parseIp(raw);
      for (const network of networks) if (addressIn(network, address)) return true;
      return false;
    }),
  };
}

const RECENT_LIMIT = 4096;

/**
 * Remembers the answers of an expensive test (RE2, address parsing) for recent values: logs repeat
 * the same command lines and addresses, and a map lookup is much cheaper than a regex run.
 */
function rememberRecent(test: (raw: string) => boolean): (raw: string) => boolean {
  const recent = new Map<string, boolean>();
  return (raw) => {
    let answer = recent.get(raw);
    if (answer === undefined) {
      answer = test(raw);
      if (recent.size >= RECENT_LIMIT) recent.clear();
      recent.set(raw, answer);
    }
    return answer;
  };
}

function numericTest(text: string, plan: ModifierPlan): ValueTest | { error: string; code: 'replay-invalid-value' } {
  const limit = Number(text);
  if (text.trim() === '' || Number.isNaN(limit)) return { error: `'${text}' is not a number`, code: 'replay-invalid-value' };
  const compare = comparator(plan.numeric!, limit);
  return { test: (raw) => raw.trim() !== '' && compare(Number(raw)) };
}

function comparator(operator: string, limit: number): (value: number) => boolean {
  switch (operator) {
    case 'lt': return (value) => value < limit;
    case 'lte': return (value) => value <= limit;
    case 'gt': return (value) => value > limit;
    case 'gte': return (value) => value >= limit;
    default: return (value) => value === limit;
  }
}

function timePartTest(text: string, plan: ModifierPlan): ValueTest | { error: string; code: 'replay-invalid-value' } {
  const expected = Number(text);
  if (Number.isNaN(expected)) return { error: `'${text}' is not a number`, code: 'replay-invalid-value' };
  const compare = comparator(plan.numeric ?? 'eq', expected);
  const part = plan.timePart!;
  return {
    test: (raw) => {
      const ms = parseTimestamp(raw);
      return ms !== undefined && compare(timePartOf(ms, part));
    },
  };
}

function stringTest(value: SigmaValue, plan: ModifierPlan, options: ValueTestOptions): ValueTest | { error: string; code: 'replay-unknown-placeholder' } {
  const expanded = plan.expand ? expandPlaceholders(valueText(value), options.placeholders) : [value.kind === 'string' ? value.pattern.parts : literalParts(valueText(value))];
  if ('error' in expanded) return { error: expanded.error, code: 'replay-unknown-placeholder' };
  const variants = expanded.flatMap((parts) => encodedVariants(parts, plan)).map((parts) => wrapForMode(parts, plan.mode));
  const lowercase = !plan.cased;
  const tests = variants.map((parts) => compileGlob(parts, { lowercase }));
  const needles = variants.map((parts) => longestLiteral(parts).toLowerCase());
  const test = tests.length === 1 ? tests[0] : (text: string) => tests.some((one) => one(text));
  return {
    test: lowercase ? (_raw, lower) => test(lower) : (raw) => test(raw),
    needles: needles.every((needle) => needle.length > 0) ? [...new Set(needles)] : undefined,
  };
}

function literalParts(text: string): StringPart[] {
  return text ? [{ kind: 'literal', text }] : [];
}

/** `%name%` placeholders replaced by each of their values (every combination); an unknown name is an error. */
function expandPlaceholders(text: string, placeholders: ValueTestOptions['placeholders']): StringPart[][] | { error: string } {
  const names = [...text.matchAll(/%([A-Za-z0-9_.-]+)%/g)].map((match) => match[1]);
  const missing = names.filter((name) => !placeholders[name]?.length);
  if (missing.length) return { error: `no value given for placeholder %${missing[0]}% (pass one with --placeholder ${missing[0]}=VALUE)` };
  let texts = [text];
  for (const name of new Set(names)) texts = texts.flatMap((current) => placeholders[name].map((replacement) => current.split(`%${name}%`).join(replacement)));
  return texts.map((expandedText) => parseSigmaString(expandedText).parts);
}

/** windash and the encoding chain turn one value into the strings that may appear in the log. */
function encodedVariants(parts: StringPart[], plan: ModifierPlan): StringPart[][] {
  const dashed = plan.windash ? windashParts(parts) : [parts];
  if (!plan.base64 && !plan.textEncoding) return dashed;
  return dashed.flatMap((variant) => {
    const text = variant.map((part) => (part.kind === 'literal' ? part.text : part.kind === 'any' ? '*' : '?')).join('');
    const bytes = encodeText(text, plan.textEncoding ?? 'utf8');
    if (plan.base64 === 'offset') return base64OffsetVariants(bytes).map(literalParts);
    if (plan.base64 === 'plain') return [literalParts(toBase64(bytes))];
    return [literalParts(bytesToBinaryString(bytes))];
  });
}

function windashParts(parts: StringPart[]): StringPart[][] {
  const literals = parts.filter((part) => part.kind === 'literal').map((part) => (part as { text: string }).text);
  if (literals.every((text) => windashVariants(text).length === 1)) return [parts];
  // Replace literal by literal with the same dash, so wildcards stay where they were written.
  const variants = WINDASH_CHARACTERS.map((dash) => parts.map((part) => (part.kind === 'literal' ? { kind: 'literal' as const, text: part.text.replace(FLAG_DASH, dash) } : part)));
  return [parts, ...variants];
}

function wrapForMode(parts: StringPart[], mode: ModifierPlan['mode']): StringPart[] {
  const any: StringPart = { kind: 'any' };
  const startsOpen = parts[0]?.kind === 'any';
  const endsOpen = parts[parts.length - 1]?.kind === 'any';
  if (mode === 'contains') return [...(startsOpen ? [] : [any]), ...parts, ...(endsOpen ? [] : [any])];
  if (mode === 'startswith') return [...parts, ...(endsOpen ? [] : [any])];
  if (mode === 'endswith') return [...(startsOpen ? [] : [any]), ...parts];
  return parts;
}
