import type { Connection } from 'vscode-languageserver/node';

export interface HandlerGuard {
  /**
   * Wraps a request handler so that an exception (thrown or rejected) is logged with the feature's name
   * and answered with `fallback`: one broken feature never takes the others down.
   */
  wrap<P extends unknown[], R>(name: string, handler: (...args: P) => R | Promise<R>, fallback: R): (...args: P) => Promise<R>;
  /** The same for notifications, which have no answer. */
  wrapNotification<P extends unknown[]>(name: string, handler: (...args: P) => void | Promise<void>): (...args: P) => Promise<void>;
}

export interface GuardOptions {
  /** Handler names that throw on purpose, so tests can prove a failure stays contained. */
  failingHandlers: readonly string[];
  /** Log `timing <name> <ms>` for every handler, for the benchmark's server-side figures. */
  logTimings?: boolean;
}

/** Logs how long a piece of server work took, when timing is on; a no-op otherwise. */
export type TimingSink = (name: string, ms: number) => void;

export function createTimingSink(connection: Connection, options: GuardOptions): TimingSink {
  if (!options.logTimings) return () => undefined;
  return (name, ms) => connection.console.log(`timing ${name} ${ms.toFixed(3)}`);
}

export function createHandlerGuard(connection: Connection, options: GuardOptions): HandlerGuard {
  const failing = new Set(options.failingHandlers);
  const timing = createTimingSink(connection, options);
  const run = async <P extends unknown[], R>(name: string, handler: (...args: P) => R | Promise<R>, args: P): Promise<R> => {
    if (failing.has(name)) throw new Error(`${name} failed on purpose (SIGMA_WORKBENCH_FAIL_HANDLERS)`);
    const start = process.hrtime.bigint();
    try {
      return await handler(...args);
    } finally {
      timing(name, Number(process.hrtime.bigint() - start) / 1e6);
    }
  };
  const report = (name: string, error: unknown): void => {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    connection.console.error(`Sigma language server: ${name} failed: ${detail}`);
  };
  return {
    wrap: (name, handler, fallback) => async (...args) => {
      try {
        return await run(name, handler, args);
      } catch (error) {
        report(name, error);
        return fallback;
      }
    },
    wrapNotification: (name, handler) => async (...args) => {
      try {
        await run(name, handler, args);
      } catch (error) {
        report(name, error);
      }
    },
  };
}
