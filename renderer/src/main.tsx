// First, before React: the sign-in and the first screen's reads start while the rest loads.
import './boot'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { App, loadFirstScreenCode } from './app/App'
import { parseRoute } from './routes'
import { changes } from './api/client'
import { adoptFirstReads, followChanges, queryClient } from './api/queries'
import './stylesheets'
import './styles.css'

// For as long as the page is open, what changes on the main side refetches what this page shows of it.
followChanges(changes)
adoptFirstReads()
loadFirstScreenCode(parseRoute(window.location.hash))

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
)
