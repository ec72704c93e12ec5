import { replayFiles } from '../../adapters/replay-runner';
import type { LogsourceHint } from '../../core/replay/logsource-scope';
import { formatReplayJson, formatReplayText } from '../format/replay-report';
import type { CliIo } from '../io';

const USAGE = 'Usage: sigma-workbench replay --rules PATH... --events PATH... [--pipeline NAME|FILE] [--format text|json] [--explain]\n' +
  '       [--logsource product=..,category=..,service=..] [--baseline PATH] [--timestamp-field FIELD...] [--placeholder NAME=V1,V2...]';

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

/** `replay`: exit 0 when the replay ran (whatever it matched), 2 on bad input. */
export async function runReplay(args: string[], io: CliIo): Promise<number> {
  const parsed = parseReplayArgs(args);
  if ('error' in parsed) {
    io.err(`sigma-workbench replay: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const report = await replayFiles(parsed.options);
  if ('error' in report) {
    io.err(`sigma-workbench replay: ${report.error}`);
    return 2;
  }
  for (const warning of report.warnings) io.err(`sigma-workbench replay: ${warning}`);
  io.out(parsed.format === 'json' ? formatReplayJson(report, { explain: parsed.options.explain ?? false }) : formatReplayText(report));
  return 0;
}

function parseReplayArgs(args: string[]): { options: Parameters<typeof replayFiles>[0]; format: 'text' | 'json' } | { error: string } {
  const parsed = parseFlags(args, { multi: ['rules', 'events', 'pipeline', 'timestamp-field', 'placeholder'], single: ['format', 'logsource', 'baseline'], boolean: ['explain'] });
  if ('error' in parsed) return parsed;
  const { values } = parsed;
  if (parsed.positionals.length) return { error: `unexpected argument '${parsed.positionals[0]}'` };
  if (!values.rules?.length) return { error: 'expected --rules with at least one rule file or folder' };
  if (!values.events?.length) return { error: 'expected --events with at least one events file or folder' };
  const format = values.format?.[0] ?? 'text';
  if (format !== 'text' && format !== 'json') return { error: `unknown format '${format}': expected text or json` };
  const logsource = values.logsource ? parseLogsourceOption(values.logsource[0]) : undefined;
  if (logsource && 'error' in logsource) return logsource;
  const placeholders = parsePlaceholders(values.placeholder ?? []);
  if ('error' in placeholders) return { error: placeholders.error };
  return {
    format,
    options: { rules: values.rules, events: values.events, pipelines: values.pipeline, explain: parsed.flags.has('explain'), logsource, baseline: values.baseline?.[0], timestampFields: values['timestamp-field'], placeholders: placeholders.values },
  };
}

/** `product=linux,category=process_creation`. */
export function parseLogsourceOption(text: string): LogsourceHint | { error: string } {
  const hint: LogsourceHint = {};
  for (const part of text.split(',').filter(Boolean)) {
    const [key, value] = part.split('=', 2).map((item) => item.trim());
    if (!['product', 'category', 'service'].includes(key) || !value) return { error: `--logsource expects product=..,category=..,service=.., not '${part}'` };
    hint[key as keyof LogsourceHint] = value;
  }
  return hint;
}

function parsePlaceholders(items: string[]): { values: Record<string, string[]> } | { error: string } {
  const placeholders: Record<string, string[]> = {};
  for (const item of items) {
    const [name, values] = item.split('=', 2);
    if (!name || values === undefined) return { error: `--placeholder expects NAME=VALUE[,VALUE...], not '${item}'` };
    (placeholders[name] ??= []).push(...values.split(','));
  }
  return { values: placeholders };
}
