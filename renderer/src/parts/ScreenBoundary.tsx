import { Component, type ErrorInfo, type ReactNode } from 'react'
import { request } from '../api/client'
import { queryClient } from '../api/queries'
import './screen-boundary.css'

interface Props {
  /** Which screen this is, for the log: `step:prioritise`, `presenter`. */
  where: string
  /** The button's words; "Reload this step" unless said. */
  reloadLabel?: string
  /** Projector density: large, in the middle of the screen. */
  large?: boolean
  /** A whole screen's place: the panel stands as the page's main content, where Skip to content leads. */
  page?: boolean
  children: ReactNode
}

interface State {
  failed: boolean
  attempt: number
}

/**
 * Never a blank screen: a render error inside shows a calm panel in this screen's place (the rest of
 * the page stays), reported to the main side's log. Its button shows the screen again with what it
 * read asked afresh: the queries nothing else on the page is showing are dropped first, so an answer
 * that could not be shown is not shown again from the cache.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { failed: false, attempt: 0 }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const failure = error instanceof Error ? error : new Error(String(error))
    void request('log.renderError', {
      where: this.props.where.slice(0, 100),
      message: failure.message.slice(0, 2_000),
      ...(failure.stack ? { stack: failure.stack.slice(0, 20_000) } : {}),
      ...(info.componentStack ? { componentStack: info.componentStack.slice(0, 20_000) } : {}),
    }).catch(() => undefined)
  }

  private readonly reload = () => {
    queryClient.removeQueries({ predicate: (query) => query.getObserversCount() === 0 })
    this.setState(({ attempt }) => ({ failed: false, attempt: attempt + 1 }))
  }

  override render(): ReactNode {
    if (!this.state.failed) return <ScreenAttempt key={this.state.attempt}>{this.props.children}</ScreenAttempt>
    // In a screen's place the panel is the page, so its heading is the page's title.
    const Heading = this.props.page ? 'h1' : 'h2'
    const panel = (
      <section className={this.props.large ? 'screen-problem screen-problem--large' : 'screen-problem'} role="alert" aria-labelledby="screen-problem-heading">
        <Heading id="screen-problem-heading">This screen hit a problem. Your work is saved.</Heading>
        <p>Everything you recorded is in the library. Reloading shows this screen again from what is saved.</p>
        <button type="button" className="button button--primary" onClick={this.reload}>
          {this.props.reloadLabel ?? 'Reload this step'}
        </button>
      </section>
    )
    return this.props.page ? <main id="main" className="page" tabIndex={-1}>{panel}</main> : panel
  }
}

/** Remounted on each reload, so the screen starts afresh. */
function ScreenAttempt({ children }: { children: ReactNode }) {
  return <>{children}</>
}
