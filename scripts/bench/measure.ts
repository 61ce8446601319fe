/** One benchmark figure, as printed by `npm run bench` (and `--json`). */
export type BenchResult = {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The target its issue set, in words (e.g. `< 100 ms`), or '' when the issue only asks to report. */
  readonly target: string;
  /** Whether the figure meets the target (true when there is none). */
  readonly ok: boolean;
  /** Ratio against a baseline measured in the same run, when there is one. */
  readonly ratio?: number;
  readonly baseline?: string;
};

/** Median wall time of `fn` in ms over `runs` runs after `warmup` untimed runs. */
export function medianMs(fn: () => unknown, runs = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Median wall time of an async `fn` in ms. */
export async function medianMsAsync(
  fn: () => Promise<unknown>,
  runs = 5,
  warmup = 1,
): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
