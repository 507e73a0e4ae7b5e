import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

/**
 * The layer rules cannot erode unnoticed: every file under violations/ is linted with the
 * project's own eslint.config.js as if it stood at the same path in the project, and each line
 * marked `// ✗ rule-id, …` must be reported by exactly those rules (and nothing else reported).
 */
const root = resolve(import.meta.dirname, '../..')
const folder = resolve(import.meta.dirname, 'violations')
const MARK = /\/\/ ✗ (.+)$/

function fixtures(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return fixtures(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** "line:rule" for each breach a fixture marks. */
function marked(text: string): string[] {
  return text.split('\n').flatMap((line, index) => {
    const rules = MARK.exec(line)?.[1]
    return rules ? rules.split(',').map((rule) => `${index + 1}:${rule.trim()}`) : []
  })
}

// The fixtures are in no tsconfig, so they are parsed without type information; the layer rules need none.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked })

describe('layer rules', () => {
  const files = fixtures(folder)

  it('has a deliberate breach of every rule the layers rely on', () => {
    const rules = new Set(files.flatMap((file) => marked(readFileSync(file, 'utf8')).map((mark) => mark.split(':')[1])))
    expect([...rules].sort()).toEqual([
      '@typescript-eslint/no-restricted-imports',
      'import-x/no-cycle',
      'import-x/no-nodejs-modules',
      'import-x/no-restricted-paths',
      'no-restricted-imports',
      'no-restricted-properties',
      'no-restricted-syntax',
      'react-hooks/exhaustive-deps',
      'react-hooks/rules-of-hooks',
    ])
  })

  it.each(files.map((file) => relative(folder, file)))('reports every breach in %s, and nothing else', async (place) => {
    const text = readFileSync(join(folder, place), 'utf8')
    const [result] = await eslint.lintText(text, { filePath: join(root, place) })
    const reported = result!.messages.map((message) => `${message.line}:${message.ruleId ?? message.message}`)
    expect(marked(text).length).toBeGreaterThan(0)
    expect(reported.sort()).toEqual(marked(text).sort())
  })
})
