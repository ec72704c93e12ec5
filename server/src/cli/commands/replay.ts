import { replayFiles } from '../../adapters/replay-runner';
import type { LogsourceHint } from '../../core/replay/logsource-scope';
import { formatReplayJson, formatReplayText } from '../format/replay-report';
import { parseFlags } from '../flags';
import type { CliIo } from '../io';

const USAGE = 'Usage: sigma-workbench replay --rules PATH... --events PATH... [--pipeline NAME|FILE] [--format text|json] [--explain]\n' +
  '       [--logsource product=..,category=..,service=..] [--baseline PATH] [--timestamp-field FIELD...] [--placeholder NAME=V1,V2...]';

/** `replay`: exit 0 when the replay ran (whatever it matched), 2 on bad input. */
export async function runReplay(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
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
