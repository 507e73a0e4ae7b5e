import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { inject } from 'vitest'
import { median, report, type Sample } from './measure'

/**
 * The one table `npm run bench` ends with. Every bench file reports its figures here with
 * `record()`; the run's global setup (bench/setup.ts) prints them all, in the order recorded,
 * once every file has finished. A figure is a ratio to a baseline measured in the same run,
 * against a goal written here beside it; a figure without a goal is printed for information.
 */
export interface BenchRow {
  /** What was measured, in a few words: 'workshops.list, 2,000 workshops'. */
  figure: string
  /** Its value with its unit: '4.2 ms', '81 MB'. */
  value: string
  /** What it is compared with, and that baseline's value: 'raw SQL select 1.9 ms'. */
  baseline: string
  /** value ÷ baseline, when the two are comparable. */
  ratio?: number
  /** The goal: at most this ratio. Without one the row is information only. */
  goal?: number
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file this run's rows are appended to, one JSON object a line. */
    benchRows: string
    /** This run's id: bench/browser.ts builds once per run. */
    benchRun: string
  }
}

/** Adds a row to this run's table. */
export function record(row: BenchRow): void {
  appendFileSync(inject('benchRows'), `${JSON.stringify(row)}\n`)
}

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`
export { ms as formatMs }

/** A timed figure against a timed baseline: value ÷ baseline against `goal`. */
export function recordRatio(figure: string, value: number, baselineLabel: string, baseline: number, goal?: number, unit: (value: number) => string = ms): void {
  record({ figure, value: unit(value), baseline: `${baselineLabel} ${unit(baseline)}`, ratio: value / baseline, ...(goal === undefined ? {} : { goal }) })
}

export function readRows(file: string): BenchRow[] {
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as BenchRow)
}

/** The table as text, columns padded; the last line says how many goals were met. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['figure', 'value', 'baseline', 'ratio', 'goal', 'result']
  const cells = rows.map((row) => [
    row.figure,
    row.value,
    row.baseline,
    row.ratio === undefined ? '—' : `${row.ratio.toFixed(2)}×`,
    row.goal === undefined ? '—' : `≤ ${row.goal}×`,
    row.goal === undefined || row.ratio === undefined ? 'information' : row.ratio <= row.goal ? 'met' : 'NOT MET',
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)))
  const line = (cell: readonly string[]) => cell.map((text, column) => text.padEnd(widths[column]!)).join(' │ ').trimEnd()
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─')
  const goals = rows.filter((row) => row.goal !== undefined)
  const met = goals.filter((row) => row.ratio !== undefined && row.ratio <= row.goal!).length
  return [line(header), rule, ...cells.map(line), rule, `${met} of ${goals.length} goals met.`].join('\n')
}

/** Two samples' medians as a row (and the usual line with their medians and p95s in the log). */
export function recordSamples(figure: string, subject: Sample, baseline: Sample, goal?: number): void {
  console.log(report(subject, baseline))
  recordRatio(figure, median(subject.runs), baseline.label, median(baseline.runs), goal)
}
