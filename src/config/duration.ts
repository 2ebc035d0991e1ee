const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `30s`, `10m`, `500ms` or a number of seconds, in milliseconds. The schema has already checked the form. */
export function parseDuration(value: string | number): number {
  if (typeof value === 'number') return Math.round(value * 1000);
  const match = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)$/.exec(value.trim());
  if (!match) throw new Error(`Not a duration: ${value}`);
  return Math.round(Number(match[1]) * UNIT_MS[match[2]!]!);
}
