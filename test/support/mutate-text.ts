import { pick } from './random';

/** Fragments that stress YAML and Sigma parsing when spliced into a rule. */
const FRAGMENTS = ['\n', ':', ': ', '- ', '|', '|contains', '*', '?', '\\', "'", '"', '&a ', '*a', '[', ']', '{', '}', '#', '\t', '---\n', '...', 'condition: ', ' and ', ' or ', 'not ', '1 of ', 'all of them', '(', ')', '%', '!!binary ', '\u0000', '🚀', '\r\n'];

/** Applies `count` random edits (delete, duplicate, insert a fragment, swap lines) to a text. */
export function mutateText(text: string, random: () => number, count: number): string {
  let result = text;
  for (let i = 0; i < count; i++) result = mutateOnce(result, random);
  return result;
}

function mutateOnce(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const span = Math.floor(random() * 12);
  switch (Math.floor(random() * 4)) {
    case 0:
      return text.slice(0, at) + text.slice(at + span);
    case 1:
      return text.slice(0, at) + text.slice(at, at + span).repeat(2) + text.slice(at + span);
    case 2:
      return text.slice(0, at) + pick(random, FRAGMENTS) + text.slice(at);
    default:
      return swapLines(text, random);
  }
}

function swapLines(text: string, random: () => number): string {
  const lines = text.split('\n');
  const a = Math.floor(random() * lines.length);
  const b = Math.floor(random() * lines.length);
  [lines[a], lines[b]] = [lines[b], lines[a]];
  return lines.join('\n');
}
