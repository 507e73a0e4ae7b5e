import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'

/**
 * Layers, as in ../DESIGN: shared/ is pure and imports nothing outside itself;
 * renderer/ imports only shared/; services and store never import Electron.
 */
const boundaries = [
  { target: './shared', from: ['./electron', './renderer', './tests', './scripts'], message: 'shared/ is pure: it imports nothing outside itself.' },
  { target: './renderer', from: ['./electron', './tests', './scripts'], message: 'renderer/ may import shared/ only.' },
  { target: './electron/services', from: ['./renderer'], message: 'Services never import the renderer.' },
  { target: './electron/store', from: ['./renderer', './electron/services', './electron/host', './electron/main'], message: 'The store depends on nothing above it.' },
  // A step never imports another step: what two steps use lives in renderer/src/parts/.
  ...['setup', 'assess', 'prioritise', 'plan', 'do', 'review', 'report'].map((step) => ({
    target: `./renderer/src/steps/${step}`,
    from: './renderer/src/steps',
    except: [`./${step}`, './StepProps.ts'],
    message: 'A step never imports another step: move what both use to renderer/src/parts/.',
  })),
]

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'scripts/**', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^(node:|electron$|react)', message: 'shared/ is pure TypeScript: no Node, DOM, React or Electron.' },
      ] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^(node:|electron$|better-sqlite3$|docx$)', message: 'The renderer runs in a sandboxed page: it talks to the app only through the API.' },
      ] }],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/store/**/*.ts', 'electron/host/**/*.ts', 'electron/export/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^electron$', message: 'Services, store, export and the browser-mode host run in plain Node: never import electron.' },
      ] }],
    },
  },
  {
    // Tests read raw JSON answers and use matchers typed as any; the assertions are the check.
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
)
