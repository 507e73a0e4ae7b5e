// The React app, started by main.tsx once boot.ts has sent the sign-in and the first screen's reads.
import { firstAnswers } from './boot'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { App, loadFirstScreenCode } from './app/App'
import { parseRoute } from './routes'
import { changes } from './api/client'
import { adoptFirstReads, followChanges, queryClient } from './api/queries'

/**
 * The longest the first render waits for the first screen's code and answers (below): a second, the
 * point at which a person starts to wonder and a page should say it is loading. Drawn sooner, a screen
 * still waiting shows “Loading…”, and React then holds the real screen back for its reveal throttle
 * (about 300 ms): on a laptop busy enough to need more than 300 ms, waiting longer shows the screen
 * sooner. Only a host that does not answer at all is left blank for the whole second.
 */
const FIRST_DRAW_WAIT_MS = 1000

// For as long as the page is open, what changes on the main side refetches what this page shows of it.
followChanges(changes)
// The answers of the reads boot.ts has sent, awaited (below) before the first render.
const answers = firstAnswers()
adoptFirstReads()
const code = loadFirstScreenCode(parseRoute(window.location.hash))

// Drawn once the first screen's code and answers are in (both were asked for before React loaded, so
// they are usually in by now), or after FIRST_DRAW_WAIT_MS at most: one render of the screen with its
// data, not a “Loading…” render and then another.
// The entry runs as soon as it is in (async: electron.vite.config.ts), so this may, in principle, be
// evaluated before the rest of index.html is parsed: the root is looked for once it is.
const parsed = new Promise<void>((resolve) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }) : resolve()))
void Promise.all([parsed, Promise.race([Promise.all([answers, code]), new Promise((resolve) => setTimeout(resolve, FIRST_DRAW_WAIT_MS))])]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
)
