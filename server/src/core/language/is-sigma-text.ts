/** Only the head of a file decides: a 5 MB YAML file must not be scanned to the end for every keystroke. */
const HEAD_LENGTH = 64 * 1024;

/**
 * Whether YAML text is a Sigma rule: its first line is `title:`, or it has top-level `detection:`
 * (or `correlation:`/`filter:`) together with `logsource:` or `title:`. Other YAML is never linted as Sigma.
 */
export function isSigmaText(text: string): boolean {
  const head = text.length > HEAD_LENGTH ? text.slice(0, HEAD_LENGTH) : text;
  if (/^\uFEFF?title\s*:/.test(head)) return true;
  const hasBody = /^(detection|correlation|filter)\s*:/m.test(head);
  return hasBody && /^(logsource|title)\s*:/m.test(head);
}
