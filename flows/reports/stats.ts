// Small statistics for the reports. Percentiles use the nearest-rank method (the value of the
// ceil(p·n)-th smallest), so a p90 is always a duration some case really took.

const DAY_MS = 24 * 3600_000;

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile, p in (0, 100]; undefined for none. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * values.length));
  return sorted(values)[rank - 1];
}

export function average(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

/** One decimal, as reports show days and ratings. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function toDays(ms: number): number {
  return ms / DAY_MS;
}

/** "2,5" in Indonesian, "2.5" in English. */
export function decimal(value: number, lang: 'id' | 'en'): string {
  const text = String(round1(value));
  return lang === 'id' ? text.replace('.', ',') : text;
}
