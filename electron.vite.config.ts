import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = fileURLToPath(new URL('.', import.meta.url))
// A folder directly under the project; parallel builds (e.g. two test runs) can each use their own.
const outRoot = resolve(root, process.env.COMMON_GROUND_OUT_DIR ?? 'out')

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
    plugins: [react()],
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
        // What both pages use (React) in a chunk named for it; nothing of the facilitator's code is in it.
        output: { manualChunks: (id: string) => (/node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id) ? 'react' : undefined) },
      },
    },
  },
})
