import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))
// A folder directly under the project; parallel builds (e.g. two test runs) can each use their own.
const outRoot = resolve(root, process.env.COMMON_GROUND_OUT_DIR ?? 'out')

/** The first screens whose code the page fetches as it opens: the start screen, and each step of a workshop. */
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
 * Each first screen's code (its chunk and every chunk it imports) is fetched as the page opens rather
 * than after React's first render asks for it. The start screen's, which most windows open on and which
 * is small, is preloaded by the page itself; the files of each step are listed in a meta tag, from which
 * renderer/src/boot.ts preloads those of the step in the address (no inline script: the CSP allows none).
 * The phones' page is left as it is.
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
        const filesOf = (screen: string): string[] => {
          const entry = chunks.find((chunk) => chunk.facadeModuleId?.replace(/\\/g, '/').endsWith(`/renderer/src/${FIRST_SCREENS[screen]}`))
          if (!entry) throw new Error(`${FIRST_SCREENS[screen]} has no chunk of its own to preload.`)
          const files = new Set<string>()
          const visit = (file: string) => {
            if (files.has(file) || html.includes(`/${file}"`)) return
            files.add(file)
            for (const imported of chunks.find((chunk) => chunk.fileName === file)?.imports ?? []) visit(imported)
          }
          visit(entry.fileName)
          return [...files].map((file) => `./${file}`)
        }
        const steps = Object.fromEntries(Object.keys(FIRST_SCREENS).filter((screen) => screen !== 'start').map((step) => [step, filesOf(step)]))
        return [
          ...filesOf('start').map((href) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href }, injectTo: 'head' as const })),
          { tag: 'meta', attrs: { name: 'common-ground-step-code', content: JSON.stringify(steps) }, injectTo: 'head' as const },
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
            // The page's first code (renderer/src/boot.ts) on its own, so it runs before React is evaluated.
            if (/[\\/](renderer[\\/]src[\\/](boot|routes)|shared[\\/]api[\\/]changesPlain|shared[\\/]domain[\\/]drafts)\.ts$/.test(id)) return 'boot'
            return undefined
          },
        },
      },
    },
  },
})
