/** Median and 95th percentile of a sample (nearest rank), in the sample's unit. */
export function summarise(samples: readonly number[]): { median: number; p95: number } {
  if (samples.length === 0) return { median: Number.NaN, p95: Number.NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, p95: rank(0.95) };
}

/** Milliseconds `fn` takes (awaited). */
export async function timed(fn: () => unknown): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/**
 * Runs `fn` `warmUp` times unmeasured, then `runs` times measured. `fn` gets the run's index
 * (warm-ups count from -warmUp) and answers what it measured.
 */
export async function sample<T = number>(
  runs: number,
  warmUp: number,
  fn: (index: number) => Promise<T> | T,
): Promise<T[]> {
  for (let i = -warmUp; i < 0; i++) await fn(i);
  const samples: T[] = [];
  for (let i = 0; i < runs; i++) samples.push(await fn(i));
  return samples;
}
