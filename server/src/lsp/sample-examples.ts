import { loadSampleFieldExamples } from '../adapters/sample-field-examples';
import type { RuleReplayerOptions } from '../adapters/rule-replayer';
import { replayPathsOf } from './resources';
import type { Session } from './session';

/** Reads the field examples of the sample library the replay settings name (see `startSampleExamples`). */
export async function loadSampleExamples(session: Session): Promise<void> {
  startSampleExamples(session, await replayPathsOf(session));
}

/**
 * Starts reading field examples from the sample library in the background, unless the same paths were
 * already read: a settings change that leaves the library alone costs nothing. Hovers show examples
 * only once the read ends; a read superseded by newer paths finishes into an entry nobody looks at.
 */
function startSampleExamples(session: Session, paths: RuleReplayerOptions | undefined): void {
  const key = JSON.stringify(paths ?? null);
  if (session.sampleExamples?.paths === key) return;
  const entry: NonNullable<Session['sampleExamples']> = { paths: key };
  session.sampleExamples = entry;
  if (!paths) return;
  const started = performance.now();
  loadSampleFieldExamples({ paths }).then(
    (index) => {
      entry.index = index;
      session.connection.console.info(`Sample library: field examples from ${index.events} events in ${Math.round(performance.now() - started)} ms`);
    },
    (error: unknown) => session.connection.console.warn(`Sample library: cannot read field examples: ${error instanceof Error ? error.message : String(error)}`),
  );
}
