// The page's entry. The page's first code (boot/run.ts: the sign-in, the first screen's reads) has
// already run inside index.html by the time this arrives; boot.ts runs it here only where the page has
// no such script (the dev server). This then starts the React app (page.tsx, fetched beside this one:
// the build preloads it from index.html).
import './boot'
// The whole app's CSS, linked from index.html (stylesheets.ts says why it is one sheet).
import './stylesheets'
import './styles.css'

import('./page').catch(() => {
  // The app's code could not be fetched (the app replaced under a running window, a file missing):
  // say so, with a way on, rather than leave a blank page.
  const root = document.getElementById('root')!
  const problem = document.createElement('p')
  problem.setAttribute('role', 'alert')
  problem.textContent = 'Common Ground could not load this window. Nothing you saved is lost. '
  const reload = document.createElement('button')
  reload.type = 'button'
  reload.className = 'button'
  reload.textContent = 'Reload'
  reload.addEventListener('click', () => window.location.reload())
  problem.append(reload)
  root.replaceChildren(problem)
})
