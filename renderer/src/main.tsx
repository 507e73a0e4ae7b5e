import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { App } from './app/App'
import { changes } from './api/client'
import { followChanges, queryClient } from './api/queries'
import './stylesheets'
import './styles.css'

// For as long as the page is open, what changes on the main side refetches what this page shows of it.
followChanges(changes)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
)
