import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** The minimal React page, built as the renderer is (production, minified) into out-bench/minimal. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'silent',
  build: { outDir: fileURLToPath(new URL('../../out-bench/minimal', import.meta.url)), emptyOutDir: true, minify: true },
})
