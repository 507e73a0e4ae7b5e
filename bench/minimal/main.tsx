import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

/** The first-screen bench's baseline: the least a React page can be, built and served the way the app is. */
function Minimal() {
  return (
    <main>
      <h1>Workshops</h1>
      <ul aria-label="Items">
        <li>First</li>
        <li>Second</li>
      </ul>
    </main>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Minimal />
  </StrictMode>,
)
