import { collectExpectations } from '../../adapters/expectation-files';
import { runExpectations } from '../../adapters/expectation-runner';
import { loadPipeline } from '../../adapters/pipeline-files';
import type { Pipeline } from '../../core/replay/pipeline';
import { formatJunit } from '../format/junit';
import { formatTestJson, formatTestText } from '../format/replay-test-report';
import { parseFlags } from '../flags';
import type { CliIo } from '../io';

const FORMATS = ['text', 'json', 'junit'];
const USAGE = 'Usage: sigma-workbench test PATH... [--format text|json|junit] [--pipeline NAME|FILE]';

/** `test PATH...`: runs every replay expectation found; exit 0 all pass, 1 any failure, 2 bad input. */
export async function runTest(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const parsed = parseFlags(args, { multi: ['pipeline'], single: ['format'], boolean: [] });
  const usage = (message: string): number => {
    io.err(`sigma-workbench test: ${message}\n${USAGE}`);
    return 2;
  };
  if ('error' in parsed) return usage(parsed.error);
  const format = parsed.values.format?.[0] ?? 'text';
  if (!FORMATS.includes(format)) return usage(`unknown format '${format}': expected ${FORMATS.join(', ')}`);
  if (parsed.positionals.length === 0) return usage('expected at least one rule file or folder');
  const pipelines: Pipeline[] = [];
  for (const name of parsed.values.pipeline ?? []) {
    const loaded = await loadPipeline(name);
    if ('error' in loaded) return usage(loaded.error);
    pipelines.push(loaded.pipeline);
  }
  const { rules, missing } = await collectExpectations(parsed.positionals);
  if (missing.length) return usage(missing.map((item) => `cannot read ${item.path}: ${item.reason}`).join('\n'));
  if (rules.length === 0) return usage(`no replay expectations (.tests.yml or regression_tests_path) found under ${parsed.positionals.join(', ')}`);
  const report = await runExpectations(rules, { pipelines });
  for (const problem of report.problems) io.err(`sigma-workbench test: ${problem}`);
  io.out(format === 'junit' ? formatJunit(report) : format === 'json' ? formatTestJson(report) : formatTestText(report));
  return report.summary.failed > 0 || report.problems.length > 0 ? 1 : 0;
}
