import { parseRule } from '../../../server/src/core/sigma/parse-rule';
import { LineIndex, type Position } from '../../../server/src/core/sigma/position';

/** A parsed document as the language features take it. */
export function analyze(text: string): { text: string; file: ReturnType<typeof parseRule>; lines: LineIndex } {
  return { text, file: parseRule(text), lines: new LineIndex(text) };
}

/** The position of `needle` (its `occurrence`-th match) plus `offset`, found by text. */
export function at(text: string, needle: string, options: { offset?: number; occurrence?: number } = {}): Position {
  let index = -1;
  for (let i = 0; i <= (options.occurrence ?? 0); i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`'${needle}' is not in the text`);
  }
  return new LineIndex(text).positionAt(index + (options.offset ?? 0));
}

/** The position right after `needle`. */
export function after(text: string, needle: string): Position {
  return at(text, needle, { offset: needle.length });
}

export const RULE = `title: Test rule
status: test
tags:
    - attack.execution
logsource:
    category: process_creation
    product: windows
detection:
    selection_a:
        Image|endswith: '\\cmd.exe'
    selection_b:
        - CommandLine|contains: ' /c *'
          ParentImage: 'C:\\x\\*.exe'
        - OriginalFileName: 'Cmd.Exe'
    filter:
        User: 'SYSTEM'
    condition: 1 of selection_* and not filter
level: low
`;
