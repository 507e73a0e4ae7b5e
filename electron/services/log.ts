import type { Logger } from './dispatch'
import type { HandlersFor } from './types'

/** Render errors reported by a window, written to the main side's log (the terminal, or Electron's). */
export function logHandlers(log: Logger): HandlersFor<'log'> {
  return {
    'log.renderError': ({ where, message, stack, componentStack }) => {
      log(`A screen hit a render error (${where}): ${message}${stack ? `\n${stack}` : ''}${componentStack ? `\nIn the components:${componentStack}` : ''}`)
      return { logged: true as const }
    },
  }
}
