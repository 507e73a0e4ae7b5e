import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isOurPage, isSafeExternalUrl, rendererFileFor } from './guards'

const root = resolve('/opt/common-ground/out/renderer')

describe('the app:// protocol', () => {
  it('serves files inside the renderer folder, and the app shell for routes', () => {
    expect(rendererFileFor(root, 'app://common-ground/index.html')).toBe(join(root, 'index.html'))
    expect(rendererFileFor(root, 'app://common-ground/assets/app-1234.js')).toBe(join(root, 'assets', 'app-1234.js'))
    expect(rendererFileFor(root, 'app://common-ground/')).toBe(join(root, 'index.html'))
    expect(rendererFileFor(root, 'app://common-ground/workshops/123')).toBe(join(root, 'index.html'))
  })

  it.each([
    'app://common-ground/../../etc/passwd',
    'app://common-ground/%2e%2e/%2e%2e/etc/passwd.txt',
    'app://common-ground/..%2f..%2fetc%2fpasswd.txt',
    'app://common-ground/assets/..%5c..%5c..%5cwindows%5cwin.ini',
    'app://common-ground/%2fetc%2fpasswd.txt',
    'app://common-ground/assets/app.js%00.png',
    'app://common-ground/%E0%A4%A',
    'app://elsewhere/index.html',
    'file:///etc/passwd',
  ])('never leaves the renderer folder: %s', (url) => {
    const file = rendererFileFor(root, url)
    // Either refused, or a path that is still inside the renderer folder (where no such file exists).
    if (file !== undefined) expect(file.startsWith(`${root}/`)).toBe(true)
  })

  it('refuses traversal outright rather than guessing', () => {
    expect(rendererFileFor(root, 'app://common-ground/..%2f..%2fetc%2fpasswd.txt')).toBeUndefined()
    expect(rendererFileFor(root, 'app://common-ground/assets/app.js%00.png')).toBeUndefined()
  })
})

describe('navigation and external links', () => {
  it('knows our own pages', () => {
    expect(isOurPage('app://common-ground/index.html#/workshops/1')).toBe(true)
    expect(isOurPage('app://common-ground.evil.example/')).toBe(false)
    expect(isOurPage('https://common-ground/')).toBe(false)
    expect(isOurPage('not a url')).toBe(false)
  })

  it('hands only plain https addresses to the system browser', () => {
    expect(isSafeExternalUrl('https://foundations.org.uk/practice-guides/')).toBe(true)
    for (const url of ['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'https://user:pass@example.org/', 'https://', ' https//x', 'app://common-ground/']) {
      expect(isSafeExternalUrl(url), url).toBe(false)
    }
  })
})
