/** Where the CLI writes; tests pass their own to capture output without spawning a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  };
}
