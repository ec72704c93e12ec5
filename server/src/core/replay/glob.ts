import type { StringPart } from '../sigma/sigma-string';

/** A compiled Sigma wildcard pattern: tests one string in linear or O(n·m) time, never exponential. */
export type StringTest = (text: string) => boolean;

/**
 * Compiles wildcard parts (`*`, `?`, literals) to a test. The common shapes (`abc`, `abc*`, `*abc`, `*abc*`)
 * become single string operations; the rest use a greedy segment search.
 * With `lowercase`, literals are lowercased and the caller passes lowercased text.
 */
export function compileGlob(parts: readonly StringPart[], options: { lowercase: boolean }): StringTest {
  const norm = normalizeParts(parts, options.lowercase);
  const simple = simpleShape(norm);
  if (simple) return simple;
  return segmentMatcher(norm);
}

/** The longest literal run of a pattern: every match contains it. */
export function longestLiteral(parts: readonly StringPart[]): string {
  let best = '';
  for (const part of parts) if (part.kind === 'literal' && part.text.length > best.length) best = part.text;
  return best;
}

function normalizeParts(parts: readonly StringPart[], lowercase: boolean): StringPart[] {
  const out: StringPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.kind === 'any' && last?.kind === 'any') continue;
    if (part.kind === 'literal') {
      const text = lowercase ? part.text.toLowerCase() : part.text;
      if (last?.kind === 'literal') out[out.length - 1] = { kind: 'literal', text: last.text + text };
      else out.push({ kind: 'literal', text });
    } else out.push(part);
  }
  return out;
}

function simpleShape(parts: StringPart[]): StringTest | undefined {
  const literals = parts.filter((part) => part.kind === 'literal');
  if (parts.some((part) => part.kind === 'one') || literals.length > 1) return undefined;
  const text = literals.length ? (literals[0] as { text: string }).text : '';
  const shape = parts.map((part) => (part.kind === 'any' ? '*' : 'L')).join('');
  switch (shape) {
    case '': return (value) => value === '';
    case 'L': return (value) => value === text;
    case '*': return () => true;
    case 'L*': return (value) => value.startsWith(text);
    case '*L': return (value) => value.endsWith(text);
    case '*L*': return (value) => value.includes(text);
    default: return undefined;
  }
}

/** Segments between `*`s; a segment is literal text where `?` (here U+FFFF-free marker) matches one character. */
interface Segment {
  chars: (string | null)[];
}

function segmentMatcher(parts: StringPart[]): StringTest {
  const segments: Segment[] = [{ chars: [] }];
  for (const part of parts) {
    if (part.kind === 'any') segments.push({ chars: [] });
    else if (part.kind === 'one') segments[segments.length - 1].chars.push(null);
    else segments[segments.length - 1].chars.push(...part.text);
  }
  const anchoredStart = parts[0]?.kind !== 'any';
  const anchoredEnd = parts[parts.length - 1]?.kind !== 'any';
  return (value) => matchSegments(value, segments, anchoredStart, anchoredEnd);
}

function matchSegments(value: string, segments: Segment[], anchoredStart: boolean, anchoredEnd: boolean): boolean {
  const chars = [...value];
  if (segments.length === 1) return chars.length === segments[0].chars.length && segmentAt(chars, segments[0], 0);
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (anchoredStart && !segmentAt(chars, first, 0)) return false;
  const endStart = chars.length - last.chars.length;
  if (anchoredEnd && (endStart < first.chars.length || !segmentAt(chars, last, endStart))) return false;
  let position = first.chars.length;
  const limit = anchoredEnd ? endStart : chars.length;
  for (let index = 1; index < segments.length - 1; index++) {
    const found = findSegment(chars, segments[index], position, limit);
    if (found < 0) return false;
    position = found + segments[index].chars.length;
  }
  return anchoredEnd || last.chars.length === 0 || findSegment(chars, last, position, chars.length) >= 0;
}

function segmentAt(chars: string[], segment: Segment, start: number): boolean {
  if (start < 0 || start + segment.chars.length > chars.length) return false;
  for (let i = 0; i < segment.chars.length; i++) {
    const expected = segment.chars[i];
    if (expected !== null && chars[start + i] !== expected) return false;
  }
  return true;
}

/** Leftmost occurrence of a segment wholly inside [from, limit): greedy leftmost is correct between `*`s. */
function findSegment(chars: string[], segment: Segment, from: number, limit: number): number {
  for (let start = from; start + segment.chars.length <= limit; start++) if (segmentAt(chars, segment, start)) return start;
  return -1;
}
