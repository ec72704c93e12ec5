/** Whether a parsed JSON or YAML value is a map (not null, not a list): the shape config and event readers expect. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
