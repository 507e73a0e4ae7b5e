import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'

/**
 * Layers, as the README's Layout section shows them: each layer names what it MAY import
 * (its own folder, the layers below it, its own packages); anything else in the project or in
 * node_modules is refused. Paths are from the project root; Node's built-in modules are refused
 * separately (they resolve to no file). tests/layers/ holds one deliberate breach of each rule,
 * and a test checks that every one is still reported.
 */
const RENDERER_PACKAGES = ['react', 'react-dom', '@dnd-kit', 'react-hook-form', '@hookform/resolvers', 'zod', '@tanstack/react-query']
const NODE_SIDE = 'Services, store, export, the team library, the browser-mode host and what both hosts serve run in plain Node:'
const layers = [
  { layer: 'shared', may: ['shared', 'node_modules/zod'], message: 'shared/ is pure: it imports only zod and itself.' },
  {
    layer: 'renderer',
    may: ['renderer', 'shared', ...RENDERER_PACKAGES.map((name) => `node_modules/${name}`)],
    message: `renderer/ imports only shared/ and its own packages (${RENDERER_PACKAGES.join(', ')}); it talks to the app through the API.`,
  },
  {
    layer: 'renderer/phone',
    may: ['renderer/phone', 'shared', 'node_modules/react', 'node_modules/react-dom'],
    message: 'The phone page is its own small entry: itself, types from shared/, React. Never the facilitator’s renderer (renderer/src) or its packages.',
  },
  { layer: 'electron/store', may: ['electron/store', 'shared', 'node_modules/better-sqlite3'], message: 'The store depends on nothing above it: only shared/ and better-sqlite3.' },
  { layer: 'electron/export', may: ['electron/export', 'shared', 'node_modules/docx', 'node_modules/jszip'], message: 'The export renders the pure report model: only shared/, docx and jszip, never the services or the store.' },
  { layer: 'electron/services', may: ['electron/services', 'electron/store', 'electron/export', 'electron/team', 'shared', 'node_modules/better-sqlite3', 'node_modules/qrcode'], message: 'Services use the store, the export, the team library, shared/ and qrcode: never Electron, electron/main, electron/preload, the host or the LAN listener, and never pg itself.' },
  { layer: 'electron/team', may: ['electron/team', 'shared', 'node_modules/pg'], message: 'The team library (PostgreSQL through pg) depends only on shared/: it is the one place pg is used, and it never reaches into the local library.' },
  { layer: 'electron/serve', may: ['electron/serve'], message: 'What both hosts serve (CSP, content types, JSON answers and capped bodies) depends on nothing else.' },
  { layer: 'electron/host', may: ['electron/host', 'electron/services', 'electron/serve', 'electron/lan', 'shared', 'node_modules/zod'], message: 'The browser-mode host runs the services over HTTP: never Electron, electron/main or electron/preload.' },
  { layer: 'electron/main', may: ['electron/main', 'electron/services', 'electron/serve', 'electron/lan', 'shared', 'node_modules/electron'], message: 'Electron main registers the services over IPC: it never borrows from the browser-mode host.' },
  {
    layer: 'electron/lan',
    may: ['electron/lan', 'electron/services', 'electron/serve', 'shared/api/phoneCalls.ts', 'shared/api/result.ts', 'shared/api/changes.ts'],
    message: 'The room’s LAN listener serves the phone surface only: the phones’ calls through the services, never the browser-mode host, Electron, or the facilitator’s contract.',
  },
  { layer: 'electron/preload', may: ['electron/preload', 'shared', 'node_modules/electron'], message: 'The preload exposes the contract only.' },
]

/**
 * The renderer's rooms (renderer/src): the shell (app/) may use every room; a step or a screen
 * uses only itself, the shared parts and the kit; parts use only the kit; the kit and the API
 * client stand alone, but for the page's first code (boot/, reached through boot.ts: the sign-in and
 * the first reads, which the API client builds on) and the addresses (routes.ts, which the router and
 * the first code read). So a
 * step never imports another step, and parts never reach into one.
 */
const KIT = ['./api', './ui', './router.ts', './routes.ts']
const STEPS = ['setup', 'assess', 'prioritise', 'plan', 'do', 'review', 'report']
const SCREENS = ['start', 'backups', 'presenter', 'reference', 'settings', 'team', 'partnership']
const rooms = [
  ...STEPS.map((step) => ({ room: `steps/${step}`, may: [`./steps/${step}`, './steps/StepProps.ts', './parts', ...KIT], message: 'A step never imports another step or a screen: move what both use to renderer/src/parts/.' })),
  ...SCREENS.map((screen) => ({ room: `screens/${screen}`, may: [`./screens/${screen}`, './parts', ...KIT], message: 'A screen never imports a step or another screen: move what both use to renderer/src/parts/.' })),
  { room: 'parts', may: ['./parts', ...KIT], message: 'Parts are used by steps and screens, never the other way round.' },
  { room: 'ui', may: ['./ui'], message: 'The ui kit stands alone: no API calls, no workshop parts.' },
  { room: 'api', may: ['./api', './boot.ts'], message: 'The API client stands alone (on the page’s first code, boot.ts).' },
  { room: 'boot.ts', may: ['./boot.ts', './boot', './routes.ts'], message: 'The page’s first code, as the modules reach it, is only that code (boot/).' },
  { room: 'boot', may: ['./boot', './routes.ts'], message: 'The page’s first code runs before React and the app, inside index.html: it reads only the addresses (routes.ts).' },
  { room: 'router.ts', may: ['./router.ts', './routes.ts'], message: 'The router stands alone (on its addresses, routes.ts).' },
  { room: 'routes.ts', may: ['./routes.ts'], message: 'The addresses stand alone.' },
]

const zones = [
  ...layers.map(({ layer, may, message }) => ({ target: `./${layer}`, from: '.', except: may.map((path) => `./${path}`), message })),
  ...rooms.map(({ room, may, message }) => ({ target: `./renderer/src/${room}`, from: './renderer/src', except: may, message })),
  { target: './renderer/src', from: './renderer/phone', message: 'The facilitator’s renderer never imports the phone page.' },
]

/**
 * What the phone page may take from shared/ as values: only the zod-free files written for it.
 * Anything else from shared/ is types only (a value would ship zod, or the facilitator's calls, to
 * phones), and the facilitator's contract not even as types.
 */
const PHONE_VALUES = ['domain/joinCode', 'domain/voting/personRoles', 'domain/voting/limits']
const phoneRules = {
  // Phones open the page over plain HTTP, where a browser withholds the secure-context-only APIs.
  'no-restricted-properties': [
    'error',
    ...['randomUUID', 'subtle', 'serviceWorker', 'clipboard', 'geolocation', 'mediaDevices'].map((property) => ({
      property,
      message: 'The phone page is served over plain HTTP on the room’s network, where this secure-context-only API is missing.',
    })),
  ],
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: `shared/(?!api/)(?!(${PHONE_VALUES.join('|')})$)`,
          allowTypeImports: true,
          message: `The phone page takes only types from shared/, and values only from api/phoneCalls and ${PHONE_VALUES.join(', ')} (they carry no zod).`,
        },
        {
          regex: 'shared/api/(phone|result)$',
          allowTypeImports: true,
          message: 'The phone page takes only types from the phone contract: its schemas would ship zod to phones.',
        },
        {
          // A separate pattern without type imports: typescript-eslint lets a type import through when any pattern allows it.
          regex: 'shared/api/(?!(phone|phoneCalls|result)$)',
          message: 'The phone page never imports the facilitator’s calls, not even their types: only shared/api/phone.ts, phoneCalls.ts and result.ts.',
        },
      ],
    },
  ],
}

/** Electron in any form: the package, its subpaths (electron/main, electron/renderer), static or dynamic. */
const ELECTRON = '^electron(/.*)?$'
/** The same in a selector, where a regular expression may not hold a slash. */
const ELECTRON_IN_SELECTOR = '^electron(\\x2F.*)?$'
const noElectron = {
  'no-restricted-imports': ['error', { patterns: [{ regex: ELECTRON, message: `${NODE_SIDE} never import electron.` }] }],
  'no-restricted-syntax': [
    'error',
    { selector: `ImportExpression > Literal[value=/${ELECTRON_IN_SELECTOR}/]`, message: `${NODE_SIDE} never import electron, not even with import().` },
    { selector: `CallExpression[callee.name='require'] > Literal[value=/${ELECTRON_IN_SELECTOR}/]`, message: `${NODE_SIDE} never require electron.` },
    { selector: 'ImportExpression[source.type!="Literal"]', message: 'import() with a computed name hides what it loads: name the module.' },
  ],
}

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'scripts/**', 'eslint.config.js', 'tests/layers/violations/**', 'tests/fixtures/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } }, 'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests may use what they need (fixtures, vitest, Node); the layers are for the product's code.
    files: ['shared/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones, basePath: import.meta.dirname }],
      // No import circles in the product's code: a circle means two files are one room or a name is in the wrong one.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-nodejs-modules': ['error'],
    },
  },
  {
    files: ['electron/{services,store,export,host,serve,lan,team}/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: noElectron,
  },
  {
    files: ['renderer/phone/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: phoneRules,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Tests read raw JSON answers and use matchers typed as any; the assertions are the check.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
)
