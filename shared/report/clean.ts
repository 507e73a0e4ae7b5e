/**
 * Control characters in what people typed (pasted from other programs) are stripped the same way
 * in every output, Word, the briefing and CSV alike: a vertical tab or form feed (Word's own line
 * and page breaks when text is pasted) becomes a line break; a tab or any other control character
 * becomes a space, so words either side never run together; carriage returns become line breaks.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const LINE_BREAKS = /\r\n?|[\u000b\u000c\u2028\u2029]/g
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const OTHER_CONTROLS = /[\u0000-\u0009\u000e-\u001f\u007f-\u009f]+/g

export function cleanText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(OTHER_CONTROLS, ' ')
}

/** Every string in a plain-data value, cleaned; the shape is unchanged. */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => cleanStrings(item)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanStrings(item as unknown)])) as T
  }
  return value
}
