/**
 * Every stylesheet of the app, loaded with the first screen as one sheet. The steps' and screens' code
 * is split (React.lazy), their CSS is not: loaded with a chunk it would come after styles.css, and a
 * rule that ties with one there would start winning where it has always lost. main.tsx imports this
 * just before styles.css, which stays last. The whole sheet is a few tens of kilobytes.
 */
import.meta.glob(['./**/*.css', '!./styles.css'], { eager: true })
