import { startBoot, type Boot } from './boot/run'

export type { BrowserSession, FirstRead } from './boot/run'

declare global {
  interface Window {
    /** The page's first code's work (boot/run.ts), done by index.html itself as it was parsed. */
    commonGroundBoot?: Boot
  }
}

/**
 * The page's first code, as the page's modules use it. The build runs it inside index.html, before any
 * of these modules has arrived (boot/run.ts says why). Where the page has no such script (the dev
 * server's page, the unit tests), or its security policy kept the script from running, it runs here,
 * as the first of the page's modules: later, but the page works the same.
 */
const boot = window.commonGroundBoot ?? startBoot()

/** Browser mode's way to the host; absent in the Electron app, whose preload offers `window.api`. */
export const browser = boot.browser
export const firstAnswers = boot.firstAnswers
export const takeFirstReads = boot.takeFirstReads
