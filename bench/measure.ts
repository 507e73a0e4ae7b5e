/**
 * Tiny measurement helpers for `npm run bench`. Results are printed as ratios to a baseline
 * measured in the same run on the same machine, so they mean something on any computer;
 * nothing here asserts on time.
 */

export interface Sample {
  label: string
  /** Milliseconds per run, one entry per run. */
  runs: number[]
}

export async function measure(label: string, work: () => unknown, { warmup = 3, runs = 20 } = {}): Promise<Sample> {
  for (let i = 0; i < warmup; i += 1) await work()
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    await work()
    times.push(performance.now() - start)
  }
  return { label, runs: times }
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

export const median = (values: readonly number[]): number => percentile(values, 50)

/** One line: what was measured, its median, the baseline's median and the ratio. */
export function report(subject: Sample, baseline: Sample): string {
  const ratio = median(subject.runs) / median(baseline.runs)
  return `${subject.label}: median ${median(subject.runs).toFixed(2)} ms, p95 ${percentile(subject.runs, 95).toFixed(2)} ms — ${ratio.toFixed(2)}× ${baseline.label} (median ${median(baseline.runs).toFixed(2)} ms)`
}
