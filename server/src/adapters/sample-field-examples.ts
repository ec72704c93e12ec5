import { addEventExamples, createFieldExamples, type FieldExampleLimits, type FieldExamples } from '../core/samples/field-examples';
import { collectEventFiles } from './log-readers/event-sources';
import { readEventFile } from './log-readers/read-events';
import type { RuleReplayerOptions } from './rule-replayer';

export interface SampleExampleOptions {
  /** The same folders the replay lens uses: attack samples first, then the benign baseline. */
  paths: RuleReplayerOptions;
  /** Events read at most; the rest of the library adds little and would only slow the start. */
  maxEvents?: number;
  limits?: Partial<FieldExampleLimits>;
}

const DEFAULT_MAX_EVENTS = 30_000;
/** Work done between yields to the event loop, so requests on open documents are answered meanwhile. */
const SLICE_MS = 4;

/**
 * Reads the sample library once into field examples for hovers. Samples come before the baseline,
 * so the first values seen are the scenarios' own; unreadable files and bad records are skipped.
 */
export async function loadSampleFieldExamples(options: SampleExampleOptions): Promise<FieldExamples> {
  const index = createFieldExamples(options.limits);
  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  const groups = [options.paths.samples, options.paths.baseline ? [options.paths.baseline] : []];
  let sliceStart = performance.now();
  for (const group of groups) {
    for (const file of (await collectEventFiles(group)).files) {
      for await (const record of readEventFile(file.path)) {
        if (index.events >= maxEvents) return index;
        if (record.kind === 'event') addEventExamples(index, record.event, file.hint);
        if (performance.now() - sliceStart > SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
    }
  }
  return index;
}
