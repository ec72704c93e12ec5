const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  M: 2_592_000_000,
  y: 31_536_000_000,
};

/** Parses a Sigma timespan such as `30s`, `5m`, `1h`, `7d`, `2w`, `1M` or `1y` to milliseconds. */
export function parseTimespan(text: string): number | undefined {
  const match = /^\s*(\d+)\s*([smhdwMy])\s*$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * UNIT_MS[match[2]];
}
