import { Component, createElement, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react'
import { ErrorMessage } from './Status'

/** A part's code that could not be fetched: a missing file in the build, or the app replaced under a running window. */
export class PartNotLoaded extends Error {}

/** A part loaded on demand, and the way to start loading it before it is shown. */
export type LazyPart<Props extends object> = ComponentType<Props> & { preload: () => Promise<unknown> }

/**
 * React.lazy for a part's named export (a step, a screen): its code is fetched when it is first shown
 * (or when `preload` asks, as the page opens on it), and a failure to fetch it is marked as such, so
 * Loading says so and any other error reaches the screen's own boundary (parts/ScreenBoundary) as
 * before. A part whose code is already in when it is first shown draws at once, without a “Loading…”
 * in between; each showing keeps the one way it started, so nothing is drawn twice.
 */
export function lazyPart<Props extends object>(load: () => Promise<ComponentType<Props>>): LazyPart<Props> {
  let loaded: ComponentType<Props> | undefined
  let loading: Promise<ComponentType<Props>> | undefined
  const fetchOnce = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (cause: unknown) => {
        loading = undefined // asked again the next time it is shown
        throw new PartNotLoaded('This part of Common Ground could not be loaded.', { cause })
      },
    ))
  const Lazy = lazy(() => fetchOnce().then((component) => ({ default: component })))
  function Part(props: Props) {
    const [ready] = useState(() => loaded)
    return ready ? createElement(ready, props) : createElement(Lazy, props)
  }
  return Object.assign(Part, { preload: () => fetchOnce().catch(() => undefined) })
}

interface BoundaryState {
  error?: Error
}

/** A part that could not be loaded says so, with a way on, instead of leaving a blank screen. */
class LoadFailure extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = {}

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error('A part of Common Ground failed to show.', { cause: error }) }
  }

  override render() {
    const { error } = this.state
    if (error === undefined) return this.props.children
    // Not ours: a render error goes on to the boundary around the screen.
    if (!(error instanceof PartNotLoaded)) throw error
    return (
      <ErrorMessage>
        This part of Common Ground could not be loaded. Nothing you saved is lost.{' '}
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </ErrorMessage>
    )
  }
}

/**
 * Where a part loaded on demand (lazyPart: a step, a screen) appears: a short “Loading…” while its
 * code arrives, and a plain message if it cannot.
 */
export function Loading({ children, fallback = <p>Loading…</p> }: { children: ReactNode; fallback?: ReactNode }) {
  return (
    <LoadFailure>
      <Suspense fallback={fallback}>{children}</Suspense>
    </LoadFailure>
  )
}
