import type { Check, CheckContext, Finding } from '../check';

const MAX_TITLE_LENGTH = 256;

/** `title` is required and at most 256 characters (specification v2.1, "Title"). */
export const titleCheck: Check = {
  codes: {
    'missing-title': { severity: 'error', description: 'The rule has no title, or an empty one.' },
    'title-too-long': { severity: 'error', description: 'The title is longer than 256 characters.' },
  },
  run({ rule }: CheckContext): Finding[] {
    const attribute = rule.attributes.find((item) => item.key === 'title');
    if (!attribute) {
      const range = rule.attributes[0]?.keyRange ?? rule.range;
      return [{ code: 'missing-title', message: 'The rule has no title: add `title:` with a short summary of what it detects', range }];
    }
    if (attribute.value === null || (typeof attribute.value === 'string' && attribute.value.trim() === '')) {
      return [{ code: 'missing-title', message: 'The title is empty: write a short summary of what the rule detects', range: attribute.keyRange }];
    }
    const length = rule.title?.value.length ?? 0;
    if (length <= MAX_TITLE_LENGTH) return [];
    return [{ code: 'title-too-long', message: `The title has ${length} characters; at most ${MAX_TITLE_LENGTH} are allowed`, range: attribute.valueRange }];
  },
};
