/** Flags that take several values (`--rules a b c`), one value, or none. */
export interface FlagSpec {
  multi: readonly string[];
  single: readonly string[];
  boolean: readonly string[];
}

export type ParsedFlags = { values: Record<string, string[]>; flags: Set<string>; positionals: string[] };

/**
 * Parses `--name value...` arguments: a multi-valued flag takes every following argument up to the
 * next `--flag`, as the replay contract writes `--rules PATH...`. `--name=value` works for all.
 */
export function parseFlags(args: readonly string[], spec: FlagSpec): ParsedFlags | { error: string } {
  const parsed: ParsedFlags = { values: {}, flags: new Set(), positionals: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (spec.boolean.includes(name)) parsed.flags.add(name);
    else if (spec.multi.includes(name) || spec.single.includes(name)) {
      const values = inline !== undefined ? [inline] : [];
      while (inline === undefined && i + 1 < args.length && !args[i + 1].startsWith('--') && (spec.multi.includes(name) || values.length === 0)) values.push(args[++i]);
      if (values.length === 0) return { error: `--${name} needs a value` };
      if (spec.single.includes(name) && parsed.values[name]) return { error: `--${name} is given twice` };
      (parsed.values[name] ??= []).push(...values);
    } else return { error: `unknown option --${name}` };
  }
  return parsed;
}
