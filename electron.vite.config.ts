import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { build, type Plugin, type Rolldown } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))
// A folder directly under the project; parallel builds (e.g. two test runs) can each use their own.
const outRoot = resolve(root, process.env.COMMON_GROUND_OUT_DIR ?? 'out')

/** The first screens whose code the page fetches as it opens (boot/run.ts's preloadScreenCode): the start screen, and each step of a workshop. */
const FIRST_SCREENS: Record<string, string> = {
  start: 'screens/start/StartScreen.tsx',
  setup: 'steps/setup/SetupStep.tsx',
  assess: 'steps/assess/AssessStep.tsx',
  prioritise: 'steps/prioritise/PrioritiseStep.tsx',
  plan: 'steps/plan/PlanStep.tsx',
  do: 'steps/do/DoStep.tsx',
  review: 'steps/review/ReviewStep.tsx',
  report: 'steps/report/ReportStep.tsx',
}

/**
 * The `common` chunk (below): small parts that the app and most steps share and that import nothing
 * but React and each other, so the chunk holds only them. Without it each is a file of its own, and
 * every file the page fetches as it opens costs the browser's main thread and a connection.
 */
const COMMON_PARTS =
  /\/(renderer\/src\/ui\/(Status|Dialog|Field|FormActions|ConfirmWarning|Loading)\.tsx|renderer\/src\/parts\/(EvidenceStrength\.tsx|useBoardAxis\.ts)|shared\/content\/(read|tags)\.ts|shared\/domain\/(drafts|board)\.ts)$/

/**
 * The page's first code (renderer/src/boot/run.ts) as a classic script, minified, to go inside
 * index.html: no request of its own, so it runs as the page is parsed. It must not be able to end the
 * script element it sits in.
 */
async function inlineBootScript(): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: resolve(root, 'renderer/src/boot/inline.ts'), formats: ['iife'], name: 'commonGroundBootScript' } },
  })
  const chunks = (Array.isArray(built) ? built : [built]).flatMap((output) => (output as Rolldown.RolldownOutput).output).filter((file) => file.type === 'chunk')
  const code = chunks.length === 1 ? chunks[0]!.code.trim() : undefined
  if (!code || /<\/script|<!--/i.test(code)) throw new Error('The page’s first code did not build into one script that can sit inside index.html.')
  return code
}

/**
 * What index.html opens with, in the order the browser meets it. The page's first code (boot/run.ts) is
 * in the page itself, allowed by its hash in the page's security policy (electron/serve/csp.ts gives
 * the servers the same), and comes before the stylesheet, which would hold it back until the sheet was
 * in: it runs as the page is parsed, sending the first screen's reads and asking for that screen's
 * files while the rest of the page's code is still on its way. Before it: the page's entry (main.tsx,
 * which starts the React app, page.tsx) and every chunk that imports, asked for at once, and the files
 * of each first screen (the start screen's, each step's) in a meta tag, from which it asks for those of
 * the screen in the address, so a page opening on a step fetches nothing of the start screen. The entry
 * runs as soon as it is in (async), not once the stylesheet is: the first render still waits for the
 * sheet (the browser paints nothing before it), and page.tsx for the page to be parsed. The phones'
 * page is left as it is.
 */
function firstCodeInPage(): Plugin {
  return {
    name: 'common-ground:first-code-in-page',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const bundle = context.bundle
        if (!bundle || !context.filename.endsWith('index.html')) return html
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []))
        const filesOf = (source: string, already: readonly string[] = []): string[] => {
          const entry = chunks.find((chunk) => chunk.facadeModuleId?.replace(/\\/g, '/').endsWith(`/renderer/src/${source}`))
          if (!entry) throw new Error(`${source} has no chunk of its own to preload.`)
          const files = new Set<string>()
          const visit = (file: string) => {
            if (files.has(file) || already.includes(`./${file}`) || html.includes(`/${file}"`)) return
            files.add(file)
            for (const imported of chunks.find((chunk) => chunk.fileName === file)?.imports ?? []) visit(imported)
          }
          visit(entry.fileName)
          return [...files].map((file) => `./${file}`)
        }
        const page = filesOf('page.tsx')
        const screens = Object.fromEntries(Object.entries(FIRST_SCREENS).map(([screen, source]) => [screen, filesOf(source, page)]))

        const entry = /\s*<script type="module" crossorigin src="(\.\/assets\/index-[\w-]+\.js)"><\/script>/.exec(html)
        const sheet = /\s*(<link rel="stylesheet" crossorigin href="\.\/assets\/index-[\w-]+\.css">)/.exec(html)
        const policy = /script-src 'self'/
        if (!entry || !sheet || !policy.test(html) || !html.includes('</head>')) throw new Error('index.html does not open as firstCodeInPage expects (its entry, stylesheet and security policy).')
        const boot = await inlineBootScript()
        const hash = createHash('sha256').update(boot).digest('base64')
        const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
        const opening = [
          `<script type="module" async crossorigin src="${entry[1]}"></script>`,
          ...page.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
          `<meta name="common-ground-screen-code" content="${attribute(JSON.stringify(screens))}">`,
          `<script>${boot}</script>`,
          sheet[1],
        ]
        return html
          .replace(entry[0], '')
          .replace(sheet[0], '')
          .replace(policy, `script-src 'self' 'sha256-${hash}'`)
          .replace('</head>', `  ${opening.join('\n    ')}\n  </head>`)
      },
    },
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(outRoot, 'main'),
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          host: resolve(root, 'electron/host/main.ts'),
          'export-sample': resolve(root, 'electron/host/export-sample.ts'),
          // Workshop-file imports run in a worker thread (electron/services/importRunner.ts).
          'import-worker': resolve(root, 'electron/services/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(outRoot, 'preload'),
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), firstCodeInPage()],
    build: {
      outDir: resolve(outRoot, 'renderer'),
      // Phones get their own small page (renderer/phone.html); the room's LAN listener serves only
      // the files the manifest lists for it, never the facilitator's.
      manifest: true,
      // electron-vite leaves every build unminified; the renderer is parsed on every window's first
      // screen, and a phone on weak Wi-Fi downloads its page.
      minify: true,
      rollupOptions: {
        input: { index: resolve(root, 'renderer/index.html'), phone: resolve(root, 'renderer/phone.html') },
        output: {
          manualChunks: (id: string) => {
            // What both pages use (React) in a chunk named for it; nothing of the facilitator's code is in it.
            if (/node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react'
            // Small parts the app and most steps share, each otherwise a file of its own to fetch.
            if (COMMON_PARTS.test(id.replace(/\\/g, '/'))) return 'common'
            return undefined
          },
        },
      },
    },
  },
})
