import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { noteTextSchema } from './notes'
import { idSchema, isUuid, optionalText, possessive, requiredText } from './text'

const controls = [...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)), '\u007f']
const allowedInLines = new Set(['\t', '\n', '\r'])
const printable = fc.string({ unit: fc.constantFrom(...'abc XYZ’é£–—0123'.split('')), minLength: 1, maxLength: 40 })
/** Text that starts and ends with a letter, so a character between two of them is inside it (trimming takes edges away). */
const word = printable.map((text) => `a${text}z`)

describe('text fields', () => {
  it('refuse every C0 control character and DEL on one line, with a message that says what is wrong', () => {
    const title = requiredText('Title', 200)
    for (const control of controls) {
      const result = title.safeParse(`Forum${control}Autumn`)
      expect([JSON.stringify(control), result.success]).toEqual([JSON.stringify(control), false])
      expect(result.error?.issues[0]?.message).toBe('Title must be one line of plain text, without tabs, line breaks or invisible control characters.')
    }
  })

  it('allow tabs and line breaks where the field has several lines, and refuse the other control characters', () => {
    const detail = optionalText('Detail', 20_000, 'lines')
    fc.assert(
      fc.property(word, fc.constantFrom(...controls), word, (before, control, after) => {
        const result = detail.safeParse(`${before}${control}${after}`)
        expect(result.success).toBe(allowedInLines.has(control))
        if (!result.success) expect(result.error.issues[0]?.message).toMatch(/^Detail contains an invisible control character/)
      }),
    )
  })

  it('refuse them in notes too, which are saved as typed (untrimmed)', () => {
    expect(noteTextSchema.safeParse('Respite\u0000 at short notice').success).toBe(false)
    expect(noteTextSchema.safeParse('Respite\n\tat short notice ').data).toBe('Respite\n\tat short notice ')
  })

  it('accept ordinary text, including typographic punctuation and other scripts', () => {
    fc.assert(
      fc.property(printable, (text) => {
        expect(requiredText('Title', 200).safeParse(text.trim() || 'x').success).toBe(true)
      }),
    )
    expect(requiredText('Title', 200).parse('Carers’ forum – Northvale, 23 November')).toBe('Carers’ forum – Northvale, 23 November')
    expect(requiredText('Title', 200).parse('Fforwm gofalwyr maeth — Caerdydd ✓')).toBeTruthy()
  })
})

describe('possessive', () => {
  it('adds ’s, or the apostrophe alone after a final s', () => {
    expect(possessive('Carers A')).toBe('Carers A’s')
    expect(possessive('Table 1 – Carers')).toBe('Table 1 – Carers’')
    expect(possessive('Leaders and partners ')).toBe('Leaders and partners’')
    expect(possessive('Table 4')).toBe('Table 4’s')
  })
})

describe('ids', () => {
  it('isUuid answers as idSchema does, for UUIDs of every version and variant and for near misses', () => {
    const hex = '0123456789abcdefABCDEF'
    const edge = ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', '00000000-0000-0000-0000-00000000000', '', '6f1c2a4e-3b5d-4c7e-9f80-1a2b3c4d5e6f\n', '{6f1c2a4e-3b5d-4c7e-9f80-1a2b3c4d5e6f}']
    for (const id of edge) expect([id, isUuid(id)]).toEqual([id, idSchema.safeParse(id).success])
    // Each character of a UUID replaced in turn by every character that could confuse a quick check.
    const base = '6f1c2a4e-3b5d-4c7e-9f80-1a2b3c4d5e6f'
    const tricky = [...hex, '-', 'g', 'G', ' ', '\u0010', '\u0018', '\u0019', '@', '`', '0'.padStart(1), 'x', '\u00e9']
    for (let index = 0; index < base.length; index += 1) {
      for (const character of tricky) {
        const id = `${base.slice(0, index)}${character}${base.slice(index + 1)}`
        expect([id, isUuid(id)]).toEqual([id, idSchema.safeParse(id).success])
      }
    }
    fc.assert(
      fc.property(fc.oneof(fc.uuid(), fc.string({ unit: fc.constantFrom(...hex, '-'), minLength: 36, maxLength: 36 }), fc.string()), (id) => {
        expect(isUuid(id)).toBe(idSchema.safeParse(id).success)
      }),
      { numRuns: 5000 },
    )
  })
})
