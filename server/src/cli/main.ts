import { runCheck } from './commands/check';
import { runReplay } from './commands/replay';
import { runTest } from './commands/test';
import type { CliIo } from './io';
import { processIo } from './io';

/** A CLI command: parses its own arguments and returns the process exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  check: { run: runCheck, summary: 'Parse and validate Sigma rules: check [--format text|json|sarif] PATH...' },
  replay: { run: runReplay, summary: 'Replay rules over logs: replay --rules PATH... --events PATH... [--pipeline NAME|FILE] [--format text|json] [--explain]' },
  test: { run: runTest, summary: 'Run replay expectations: test PATH... [--format text|json|junit]' },
};

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? EXIT_OK : EXIT_USAGE;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`sigma-workbench: unknown command '${name}'\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.err(`sigma-workbench ${name}: ${(error as Error)?.stack ?? String(error)}`);
    return EXIT_USAGE;
  }
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(8)} ${command.summary}`);
  return ['Usage: sigma-workbench <command> [options]', '', 'Commands:', ...lines, ''].join('\n');
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
