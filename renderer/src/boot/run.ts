import type { Api, CallInput, CallName, CallOutput, Result } from '../../../shared/api'
import type { ChangeStream } from '../../../shared/api/changes'
import { eventId, ORIGIN_HEADER, parseEventId, POSITION_HEADER } from '../../../shared/api/changesPlain'
import { parseRoute, type Route, type WorkshopStep } from '../routes'

declare global {
  interface Window {
    /** Present in the Electron app (exposed by the preload); absent in browser mode. */
    api?: Api
    /** The change stream beside the calls, in the Electron app (exposed by the preload). */
    changes?: ChangeStream
  }
}

/**
 * The page's first code, run as index.html is parsed: the build puts it in the page itself (boot/inline.ts,
 * electron.vite.config.ts), ahead of the stylesheet, so it runs before any of the page's files has
 * arrived, and nothing of React or zod is in it. It sends the reads the first screen makes (by its
 * address) at once, in browser mode with the page's opening request (its sign-in, which also says where
 * the change stream stands), and asks for that screen's code: their answers and the code arrive while
 * React loads, instead of one after another behind it. queries.ts puts each answer in the cache under
 * the key the screen asks for; from there it is an ordinary query, kept fresh by change events like any
 * other. The page's modules reach it through boot.ts.
 */

/** Browser mode's way to the host: signed in once, each call carrying the page's own id. */
export interface BrowserSession {
  /** The page's own random id (never stored: a tab opened from this one must have its own). */
  clientId: string
  /** Where the change stream stood when the page signed in, before it read anything (null when it could not be learnt). */
  start: Promise<string | null>
  /** A call, sent once the page is signed in and knows where the stream stands. */
  call: (name: CallName, input: unknown) => Promise<Result<unknown>>
  /** A call sent at once (for the stream's own catch-up). */
  send: (name: CallName, input: unknown) => Promise<Result<unknown>>
}

/** A first read in browser mode, sent with the page's opening request; `resolve` takes its answer. */
interface Planned {
  name: CallName
  input: unknown
  resolve: (answer: Result<unknown>) => void
}

/** What /session answers: where the stream stands, and the first reads' answers in the order sent. */
interface Opening {
  position?: string
  answers?: readonly Result<unknown>[]
}

/** The address's sign-in parameters: a one-time launch code (when Common Ground opened this browser itself) or the run's token (the address it printed). */
const SECRET_PARAMETERS = ['code', 'token'] as const

/** The sign-in secret from the address, if it has one (taken out of the address bar by forgetCode). */
function readCode(): string | undefined {
  const parameters = new URL(window.location.href).searchParams
  return parameters.get('code') ?? parameters.get('token') ?? undefined
}

/**
 * Takes the sign-in secret out of the address bar, once the page's first requests are sent: telling the
 * browser of the new address (replaceState) waits on the browser process, 3–5 ms in profiles of the
 * page opening, which held back the sign-in and the first screen's code when it came first.
 */
function forgetCode(): void {
  const url = new URL(window.location.href)
  if (!SECRET_PARAMETERS.some((name) => url.searchParams.has(name))) return
  for (const name of SECRET_PARAMETERS) url.searchParams.delete(name)
  window.history.replaceState(window.history.state, '', url.toString())
}

/**
 * Browser mode opens with one request to /session. With the address's code it signs the page in for an
 * HttpOnly, SameSite=Strict cookie, which every call then carries (and tabs the page opens share); no
 * secret stays in the page, its storage or the address bar. Without one (a reload) the cookie from
 * before must still be good. Either way the answer says where the change stream stands and carries the
 * answers of the first screen's reads, sent with it: one request, not one per read, while the page's
 * code still fills the browser's few connections to the host. Nothing is lost when it is refused (a
 * launch code used already): the stream's position and each read are then asked for on their own, and
 * a page not signed in hears from its first call how to get back in.
 */
function openPage(reads: readonly Planned[]): Promise<Opening | undefined> {
  const code = readCode()
  return fetch('/session', {
    method: 'POST',
    priority: 'high',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...(code ? { code } : {}), reads: reads.map(({ name, input }) => ({ name, input: input ?? {} })) }),
  })
    .then(async (response) => {
      if (!response.ok) return undefined
      const body = (await response.json()) as { ok?: boolean; value?: { answers?: unknown } }
      const header = response.headers.get(POSITION_HEADER)
      const answers = body.ok && Array.isArray(body.value?.answers) ? (body.value.answers as Result<unknown>[]) : undefined
      return { ...(header !== null && parseEventId(header) ? { position: header } : {}), ...(answers ? { answers } : {}) }
    })
    // No answer, or one that is not JSON: each read is then asked for on its own.
    .catch(() => undefined)
}

function browserSession(first: readonly Planned[]): BrowserSession {
  const clientId = crypto.randomUUID()
  const opening = openPage(first)
  const send = async (name: CallName, input: unknown): Promise<Result<unknown>> => {
    let response: Response
    try {
      // Ahead of the code the page is still fetching: a browser opens only a few connections to one server.
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        priority: 'high',
        headers: { 'content-type': 'application/json', [ORIGIN_HEADER]: clientId },
        body: JSON.stringify(input ?? {}),
      })
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Common Ground’s local server is not answering. Is it still running?' } }
    }
    try {
      return (await response.json()) as Result<unknown>
    } catch {
      return { ok: false, error: { code: 'internal', message: `The local server gave an unreadable answer (HTTP ${response.status}).` } }
    }
  }
  // Where the change stream stands before the page reads anything: the stream opens from there, so a
  // change made between a read and the stream's first connection is still heard (the host sends it).
  // The opening's answer says it; when it could not, the page asks.
  const start = opening.then(
    async (opened) => opened?.position ?? send('changes.since', { after: null }).then((answer) => (answer.ok ? eventId(answer.value as CallOutput<'changes.since'>) : null)),
  )
  const ready = start.then(() => undefined)
  const call = (name: CallName, input: unknown) => ready.then(() => send(name, input))
  // Each first read's answer came with the opening, or (when it did not) is asked for on its own.
  first.forEach((read, index) => {
    void opening
      .then((opened) => opened?.answers?.[index] ?? call(read.name, read.input))
      .then(read.resolve, () => read.resolve({ ok: false, error: { code: 'internal', message: 'Common Ground’s local server did not answer as it should. Reload the page.' } }))
  })
  return { clientId, start, send, call }
}

/** A read the page made before its screens asked for it, and its answer (or the promise of it). */
export interface FirstRead {
  name: CallName
  input: unknown
  answer: Promise<Result<unknown>>
}

/** What the page's first code leaves for the page's modules (boot.ts). */
export interface Boot {
  /** Present in browser mode; the desktop app's preload offers `window.api` and its own stream instead. */
  browser: BrowserSession | undefined
  /** Settles once every first read sent so far has its answer (refused or not), or never fails trying. */
  firstAnswers: () => Promise<void>
  /** Hands every first read, made and to come (a read that waits for another's answer), to `take`, once each. */
  takeFirstReads: (take: (read: FirstRead) => void) => void
}

/** The steps that show the workshop's content pack (packs.get with the workshop's own edition). */
const STEPS_WITH_PACK: ReadonlySet<WorkshopStep> = new Set(['setup', 'prioritise'])

/**
 * The page's first code, run once as the page opens (by index.html itself, or by boot.ts where the page
 * has no such script): the first screen's reads sent, its code asked for, the sign-in secret taken out
 * of the address bar and the page's storage opened.
 */
export function startBoot(): Boot {
  /** The first reads browser mode sends with its opening, until it is sent (then undefined). */
  let planned: Planned[] | undefined = window.api ? undefined : []
  const made: FirstRead[] = []
  /** Every first answer awaited, whether its read is handed over yet or not (a pack waits for its workshop to name it). */
  const awaited: Promise<unknown>[] = []
  let adopt: ((read: FirstRead) => void) | undefined

  function adoptRead(first: FirstRead): void {
    if (adopt) adopt(first)
    else made.push(first)
  }

  /** Sends a call the first screen needs, and awaits its answer before the first render (page.tsx). */
  function ask<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<unknown>> {
    const answer = window.api
      ? (window.api[name] as (input: unknown) => Promise<Result<unknown>>)(input)
      : planned
        ? new Promise<Result<unknown>>((resolve) => planned!.push({ name, input, resolve }))
        : browser!.call(name, input)
    awaited.push(answer)
    return answer
  }

  /** Sends a first read, kept under its own call and input; `then` has its value, for a read that needs it (nothing when it was refused). */
  function read<K extends CallName>(name: K, input: CallInput<K>, then?: (value: CallOutput<K>) => void): void {
    const answer = ask(name, input)
    adoptRead({ name, input, answer })
    if (then) void answer.then((result) => result.ok && then(result.value as CallOutput<K>), () => undefined)
  }

  /**
   * What each step's first render reads besides its workshop, as the step's components ask for it (same
   * call, same input). A step not listed reads only its workshop here and the rest as it renders.
   * tests/e2e/first-screen.spec.ts checks the first screens ask for nothing twice.
   */
  const stepReads: Partial<Record<WorkshopStep, (workshopId: string) => void>> = {
    setup: (workshopId) => {
      read('groups.list', { workshopId })
      read('team.settings', {})
      read('team.status', {})
    },
    prioritise: (workshopId) => {
      read('gaps.list', { workshopId })
      read('groups.list', { workshopId })
      // The round the step opens on is the latest; its results are shown once revealed. They come beside
      // the rounds (asked for by the workshop alone), and are kept under that round's key once both are in.
      const latest = ask('rounds.latestResults', { workshopId })
      read('rounds.list', { workshopId }, (rounds) => {
        const round = rounds.at(-1)
        if (!round?.revealed) return
        const input = { id: round.id }
        // Theirs only if they are that round's (a round opened or revealed between the two answers would differ).
        const answer = latest.then((results) => (results.ok && (results.value as CallOutput<'rounds.latestResults'>)?.round.id === round.id ? results : ask('rounds.results', input)))
        awaited.push(answer)
        adoptRead({ name: 'rounds.results', input, answer })
      })
      read('priorities.get', { workshopId })
      read('room.status', { workshopId })
      read('inbox.list', { workshopId })
      read('presenter.get', { workshopId })
    },
  }

  function readFirstScreen(route: Route): void {
    // The library's state decides whether any screen but Backups is shown.
    read('library.status', {})
    if (route.screen === 'start') {
      read('workshops.list', {})
      read('packs.list', {})
      read('cycles.overview', {})
      read('team.status', {})
    } else if (route.screen === 'workshop') {
      const { workshopId, step } = route
      // The step asks for the pack by the edition the workshop names (packs.get); asked for by the workshop
      // alone, it comes beside the workshop rather than after it, and is kept under that key once both are in.
      const pack = STEPS_WITH_PACK.has(step) ? ask('packs.ofWorkshop', { workshopId }) : undefined
      read('workshops.get', { id: workshopId }, (workshop) => {
        // Kept only if it is the edition the workshop names (a restore between the two answers could change it).
        void pack?.then((answer) => {
          const edition = answer.ok ? (answer.value as CallOutput<'packs.get'>) : undefined
          if (edition?.id === workshop.pack.id && edition.version === workshop.pack.version) adoptRead({ name: 'packs.get', input: workshop.pack, answer: Promise.resolve(answer) })
        })
      })
      stepReads[step]?.(workshopId)
    }
  }

  const route = parseRoute(window.location.hash)
  readFirstScreen(route)
  const browser = planned ? browserSession(planned) : undefined
  planned = undefined
  preloadScreenCode(route)
  forgetCode()
  openStorage()
  return {
    browser,
    firstAnswers: () => Promise.allSettled(awaited).then(() => undefined),
    takeFirstReads: (take) => {
      adopt = take
      for (const first of made.splice(0)) take(first)
    },
  }
}

/**
 * The first screen's code (its chunk and what it imports: the build lists them in a meta tag), fetched
 * now, while React and the app are evaluated, rather than once the first render asks for it.
 */
function preloadScreenCode(route: Route): void {
  const screen = route.screen === 'start' ? 'start' : route.screen === 'workshop' ? route.step : undefined
  if (screen === undefined) return
  let files: unknown
  try {
    files = (JSON.parse(document.querySelector<HTMLMetaElement>('meta[name="common-ground-screen-code"]')?.content ?? '{}') as Record<string, unknown>)[screen]
  } catch {
    return // the screen's code then loads as it is shown
  }
  if (!Array.isArray(files)) return
  for (const file of files) {
    if (typeof file !== 'string' || !/^\.\/assets\/[\w.-]+\.js$/.test(file)) continue
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.crossOrigin = ''
    link.href = file
    document.head.append(link)
  }
}

/**
 * The page's storage, opened now while the page waits for its code. The first use of localStorage
 * waits on the browser process to hand over what the origin keeps (1–3 ms on a quiet machine, 8–11 ms
 * in profiles of a busy one), and the first screens read it as they render (the map board's columns,
 * a step's drafts): opened here, that wait falls where the page has nothing else to do.
 */
function openStorage(): void {
  try {
    localStorage.getItem('')
  } catch {
    // No storage (a private window may refuse it): the screens already do without.
  }
}
