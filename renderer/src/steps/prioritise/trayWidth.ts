/** The workshop page's widest (.page--workshop in styles.css). */
const WORKSHOP_PAGE_MAX_PX = 1840
/** The page's, the board's and the tray's padding and borders, left and right, at the default text size. */
const TRAY_INSET_PX = 125

/**
 * How wide the map board's tray of cards is in a window `windowWidth` wide, before anything is laid
 * out: the board's first render chunks the tray by it, so a right guess spares the first frame a
 * second render. tests/e2e/layout.spec.ts checks it against the laid-out board at 1920 and 1280 wide.
 * A window with a classic scrollbar (Windows, about 17 px) is that much narrower inside below 1,857 px:
 * the guess may then be one card too many, which the tray's ResizeObserver corrects in the same frame.
 */
export function trayWidthFor(windowWidth: number): number {
  return Math.min(windowWidth, WORKSHOP_PAGE_MAX_PX) - TRAY_INSET_PX
}
