/** The time range a baseline covers. */
export interface BaselineWindow {
  startMs: number;
  spanMs: number;
}

/** One generated baseline file: its name in samples/baseline, its logsource and its events. */
export interface BaselineFile {
  name: string;
  logsource: { product?: string; category?: string; service?: string };
  format: 'evtx-json' | 'flat';
  description: string;
  events: object[];
}
