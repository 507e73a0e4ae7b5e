import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, pagePolicy } from './csp'

const sha256 = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`
const scriptSources = (policy: string) => policy.split('; ').find((directive) => directive.startsWith('script-src '))!.split(' ').slice(1)

describe('a page’s policy', () => {
  it('allows the page’s own inline script by its hash, and nothing else besides our own files', () => {
    const boot = '(function(){window.commonGroundBoot={}})();'
    const policy = pagePolicy(`<!doctype html><head><script type="module" src="./assets/index-A1b2C3d4.js"></script><script>${boot}</script></head>`)
    expect(scriptSources(policy)).toEqual(["'self'", sha256(boot)])
    // The rest of the policy is the constant's, unchanged.
    expect(policy.replace(` ${sha256(boot)}`, '')).toBe(CONTENT_SECURITY_POLICY)
    expect(policy).not.toContain('unsafe-inline')
  })

  it('does not allow a script that differs from the page’s by a byte', () => {
    const policy = pagePolicy('<script>window.a=1</script>')
    expect(scriptSources(policy)).toContain(sha256('window.a=1'))
    expect(scriptSources(policy)).not.toContain(sha256('window.a=2'))
    expect(scriptSources(policy)).not.toContain(sha256('window.a=1 '))
  })

  it('is the constant for a page with no inline script, read from its bytes as served', () => {
    expect(pagePolicy(Buffer.from('<!doctype html><title>Common Ground</title><script src="./x.js"></script>'))).toBe(CONTENT_SECURITY_POLICY)
    const bytes = new TextEncoder().encode('<script>document.title=‘Café’</script>')
    expect(scriptSources(pagePolicy(bytes))).toEqual(["'self'", sha256('document.title=‘Café’')])
  })
})
