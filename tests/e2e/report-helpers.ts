import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

/** Converts a .docx to PDF with LibreOffice, in a profile of its own so parallel tests do not share one. */
export function toPdf(dir: string, file: string): string {
  const converted = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, `profile-${Date.now()}`)}`, '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 120_000 })
  if (converted.status !== 0) throw new Error(`LibreOffice could not convert ${file}: ${converted.stderr}`)
  return file.replace(/\.docx$/, '.pdf')
}

export function pdfText(pdf: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : []
  return spawnSync('pdftotext', [...range, pdf, '-'], { encoding: 'utf8' }).stdout
}

export function pdfPages(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1])
}

/** The lines of text on a page as pdftotext lays them out, with their boxes in points. */
export function pdfLines(pdf: string, page: number): Array<{ text: string; yMin: number; yMax: number }> {
  const html = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox-layout', pdf, '-'], { encoding: 'utf8' }).stdout
  return [...html.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((match) => ({
    yMin: Number(match[1]),
    yMax: Number(match[2]),
    text: [...match[3]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((word) => word[1]).join(' ').replace(/&amp;/g, '&'),
  }))
}

/** pdftotext's text with its line breaks and repeated spaces as single spaces, for phrases that wrap. */
export const flat = (text: string) => text.replace(/\s+/g, ' ')
