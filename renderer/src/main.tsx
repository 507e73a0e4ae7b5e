// The page's first code, and all of it that runs before React is evaluated: boot.ts signs in and
// sends the first screen's reads as this small chunk runs, so their answers come back while React and
// the app (page.tsx, fetched beside this one: the build preloads it from index.html) are evaluated.
// In one chunk with the app they would go out only after all of it had been evaluated.
import './boot'
// The whole app's CSS, linked from index.html (stylesheets.ts says why it is one sheet).
import './stylesheets'
import './styles.css'

void import('./page')
