import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))
// A folder directly under the project; parallel builds (e.g. two test runs) can each use their own.
const outRoot = resolve(root, process.env.COMMON_GROUND_OUT_DIR ?? 'out')

/** The first screens whose code the page fetches as it opens (boot.ts's preloadScreenCode): the start screen, and each step of a workshop. */
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
 * The code the page opens with is fetched at once rather than when the code that runs first asks for
 * it. The page's entry (renderer/src/main.tsx) is only boot.ts, which sends the first reads; the React
 * app it then imports (page.tsx) and every chunk that imports are preloaded by index.html. Each first
 * screen's files (the start screen's, each step's) are listed in a meta tag, from which boot.ts preloads
 * those of the screen in the address (no inline script: the CSP allows none), so a page opening on a
 * step fetches nothing of the start screen. The phones' page is left as it is.
 */
function preloadFirstScreens(): Plugin {
  return {
    name: 'common-ground:preload-first-screens',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
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
        return [
          ...page.map((href) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href }, injectTo: 'head' as const })),
          { tag: 'meta', attrs: { name: 'common-ground-screen-code', content: JSON.stringify(screens) }, injectTo: 'head' as const },
        ]
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
    plugins: [react(), preloadFirstScreens()],
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
