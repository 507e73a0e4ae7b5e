// What the build puts in index.html itself, as a classic script (electron.vite.config.ts): the page's
// first code, run as the page is parsed, left where the page's modules find it (boot.ts).
import { startBoot } from './run'

window.commonGroundBoot = startBoot()
