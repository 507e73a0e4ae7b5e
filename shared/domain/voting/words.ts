/** Small helpers for sentences people read on the shared screen and in the Word report. */

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']

const ORDINAL_RULE = new Intl.PluralRules('en-GB', { type: 'ordinal' })
const ORDINAL_SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' }

/** 1 → "first", 12 → "12th", 22 → "22nd". */
export function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}${ORDINAL_SUFFIX[ORDINAL_RULE.select(n)] ?? 'th'}`
}

const LIST = new Intl.ListFormat('en-GB', { type: 'conjunction' })

/** ["A"] → "A"; ["A", "B"] → "A and B"; ["A", "B", "C"] → "A, B and C" (no Oxford comma, as GOV.UK style). */
export function listInWords(items: readonly string[]): string {
  return LIST.format(items)
}

/** A gap title in curly quotes, as it appears in sentences. */
export function quoted(title: string): string {
  return `“${title}”`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
