import JSZip from 'jszip'

/**
 * docx writes no language into the document's properties (docProps/core.xml), though its styles are
 * en-GB: add `dc:language`, which screen readers and document checkers read.
 */
export async function withCoreLanguage(buffer: Buffer, language: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer)
  const core = zip.file('docProps/core.xml')
  if (!core) return buffer
  const xml = await core.async('string')
  if (xml.includes('<dc:language>')) return buffer
  zip.file('docProps/core.xml', xml.replace('</cp:coreProperties>', `<dc:language>${language}</dc:language></cp:coreProperties>`))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
