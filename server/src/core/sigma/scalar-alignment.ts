/**
 * Finds, for each character of a scalar's value, its offset in the scalar's source text.
 * Folded and literal block scalars, and quoted scalars spanning lines, change white space between
 * source and value; aligning greedily (a white-space run in the value matches the source's run) keeps
 * condition and key ranges exact for them. Returns one more offset than the value has characters: the end.
 */
export function alignValueToSource(value: string, raw: string): number[] {
  const offsets = new Array<number>(value.length + 1);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (isSpace(char)) {
      offsets[i] = j;
      while (j < raw.length && isSpace(raw[j]) && !(i + 1 < value.length && raw[j] === value[i + 1])) j++;
      continue;
    }
    while (j < raw.length && raw[j] !== char) j++;
    offsets[i] = Math.min(j, raw.length);
    if (j < raw.length) j++;
  }
  offsets[value.length] = Math.min(j, raw.length);
  return offsets;
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\r' || char === '\t';
}
