import { expect, type Page } from '@playwright/test'

/** The sample workshop, opened from the start screen as a facilitator trying the app does, in a window of `size`. */
export async function openSample(page: Page, url: string, size?: { width: number; height: number }, step?: string) {
  if (size) await page.setViewportSize(size)
  await page.goto(url)
  await page.getByRole('button', { name: 'Try the sample workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Eastmoor foster carers’ forum (sample)' })).toBeVisible()
  if (step) await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name: step }).click()
}

/** One control or cell whose text does not fit it, as the page measured it. */
export interface Clipped {
  element: string
  text: string
  why: string
}

/**
 * Every visible button, link, cell, pill and label on the page whose text is cut off or spills:
 * a box whose content is wider or taller than the box itself (scrollWidth/scrollHeight against
 * clientWidth/clientHeight), or text whose rectangles (a Range over it) reach outside an
 * ancestor that clips its overflow. Measured in the page, so it catches what a screenshot hides.
 */
export function findClippedText(page: Page): Promise<Clipped[]> {
  return page.evaluate(() => {
    const selector = 'button, a, th, td, summary, label, select, [role="tab"], .status, .rag, .tag, .badge, .flag-overdue'
    const found: Clipped[] = []
    const describe = (element: Element) => {
      const name = element.tagName.toLowerCase()
      const cls = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : ''
      return `${name}${cls}`
    }
    /** The distinct line positions of an element's text. */
    const lineTops = (element: Element) => {
      const tops: number[] = []
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const rect of Array.from(range.getClientRects())) if (rect.width > 0 && !tops.some((top) => Math.abs(top - rect.top) < rect.height / 2)) tops.push(rect.top)
      }
      return tops
    }
    const clips = (style: CSSStyleDeclaration) => style.overflowX !== 'visible' || style.overflowY !== 'visible'
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const style = getComputedStyle(element)
      if (style.visibility === 'hidden' || style.display === 'none' || element.closest('.visually-hidden, [hidden], [aria-hidden="true"]')) continue
      const box = element.getBoundingClientRect()
      if (box.width < 2 || box.height < 2) continue
      const text = (element.innerText || (element as HTMLSelectElement).value || '').trim().replace(/\s+/g, ' ')
      if (text === '') continue
      if (element instanceof HTMLSelectElement) {
        // A closed select shows its chosen option's text: it must fit the box.
        const option = element.selectedOptions[0]
        if (!option) continue
        const probe = document.createElement('span')
        probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${style.font}`
        probe.textContent = option.text
        document.body.append(probe)
        const needed = probe.getBoundingClientRect().width + parseFloat(style.paddingLeft) + 24
        probe.remove()
        if (needed > box.width + 1) found.push({ element: describe(element), text: option.text, why: `option text needs ${Math.round(needed)} px, select is ${Math.round(box.width)} px` })
        continue
      }
      if (style.display !== 'inline' && style.display !== 'contents') {
        if (element.scrollWidth > element.clientWidth + 1) found.push({ element: describe(element), text, why: `content ${element.scrollWidth} px wide in a ${element.clientWidth} px box` })
        else if (element.scrollHeight > element.clientHeight + 1) found.push({ element: describe(element), text, why: `content ${element.scrollHeight} px tall in a ${element.clientHeight} px box` })
        if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth) found.push({ element: describe(element), text, why: 'ends in an ellipsis' })
      }
      // A short label (a button, a pill, a header) broken over lines, or a cell squeezed to a few characters a line.
      const lines = new Set(Array.from(element.getClientRects()).length > 1 ? [] : lineTops(element)).size
      const words = text.split(' ').length
      if (lines > 1 && words <= 3 && !['TD', 'TH', 'LABEL'].includes(element.tagName)) found.push({ element: describe(element), text, why: `a ${words}-word label broken over ${lines} lines` })
      const inner = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      if (lines > 1 && element.tagName === 'TD' && !element.querySelector('button, input, select, textarea') && inner < 7.5 * parseFloat(style.fontSize)) found.push({ element: describe(element), text, why: `a cell squeezed to ${Math.round(inner)} px (about ${Math.round(text.length / lines)} characters a line)` })
      // Text that spills out of its own box (a badge wider than its cell, a label wider than its button).
      if (style.display !== 'inline' && style.display !== 'contents') {
        const own = element.getBoundingClientRect()
        // Text hidden on purpose (visually-hidden words, a tooltip until hover) is not read from the box.
        const hiddenOnPurpose = (node: Element) => {
          for (let at: Element | null = node; at && at !== element.parentElement; at = at.parentElement) {
            const css = getComputedStyle(at)
            if (css.clipPath !== 'none' || css.position === 'absolute' || css.position === 'fixed') return true
          }
          return false
        }
        const texts: Text[] = []
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.parentElement && !hiddenOnPurpose(node.parentElement)) texts.push(node as Text)
        const spill = texts.flatMap((node) => {
          const range = document.createRange()
          range.selectNodeContents(node)
          return Array.from(range.getClientRects())
        }).find((rect) => rect.width > 0 && (rect.right > own.right + 1 || rect.left < own.left - 1))
        if (spill) found.push({ element: describe(element), text, why: `text spills ${Math.round(Math.max(spill.right - own.right, own.left - spill.left))} px out of its box` })
      }
      // Text outside an ancestor that clips (overflow hidden, auto or scroll) is cut off or scrolled out of sight.
      const range = document.createRange()
      range.selectNodeContents(element)
      const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0)
      for (let ancestor = element.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
        const ancestorStyle = getComputedStyle(ancestor)
        if (!clips(ancestorStyle)) continue
        const limit = ancestor.getBoundingClientRect()
        const outside = rects.find((rect) => rect.right > limit.right + 1 || rect.left < limit.left - 1 || rect.bottom > limit.bottom + 1 || rect.top < limit.top - 1)
        if (outside) {
          found.push({ element: describe(element), text, why: `text reaches outside ${describe(ancestor)} (overflow ${ancestorStyle.overflowX}/${ancestorStyle.overflowY})` })
          break
        }
      }
    }
    return found
  })
}

/**
 * Parts side by side whose boxes are not level: in each visible `group` on the page, the `part`s that share
 * a line (they overlap in height; a group wraps on a narrow window) and whose box (the last input, select
 * or textarea in each) has its `edge` at a different height. Each pair is named by the parts' labels.
 */
export function findUneven(page: Page, group: string, part: string, edge: 'top' | 'bottom'): Promise<string[]> {
  return page.locator(`${group}:visible`).evaluateAll(
    (groups, [part, edge]) =>
      groups.flatMap((container) => {
        const parts = Array.from(container.querySelectorAll(`:scope > ${part}`)).map((element) => ({
          label: element.querySelector('label')?.textContent ?? '',
          box: element.getBoundingClientRect(),
          edge: Array.from(element.querySelectorAll('input, select, textarea')).at(-1)?.getBoundingClientRect()[edge] ?? 0,
        }))
        return parts.flatMap((a, i) => parts.slice(i + 1).filter((b) => a.box.top < b.box.bottom && b.box.top < a.box.bottom && Math.abs(a.edge - b.edge) > 1).map((b) => `${a.label} / ${b.label}`))
      }),
    [part, edge] as const,
  )
}

/**
 * The map board's columns side by side (they share a line: the board wraps them on a narrow window)
 * whose `part` (their count, their first card or empty message) does not start level, each pair named
 * by the columns' ids, with the two heights.
 */
export function findUnevenColumns(page: Page): Promise<string[]> {
  return page.locator('.map-board [data-column]:not([data-column="tray"])').evaluateAll((columns) => {
    const parts = columns.map((column) => ({
      id: column.getAttribute('data-column') ?? '?',
      box: column.getBoundingClientRect(),
      count: column.querySelector('.board-column__count')?.getBoundingClientRect().top ?? Number.NaN,
      cards: column.querySelector(':scope > .board-column__cards, :scope > .board-column__empty')?.getBoundingClientRect().top ?? Number.NaN,
    }))
    return parts.flatMap((a, i) =>
      parts
        .slice(i + 1)
        .filter((b) => a.box.top < b.box.bottom && b.box.top < a.box.bottom)
        .flatMap((b) => (['count', 'cards'] as const).filter((part) => !(Math.abs(a[part] - b[part]) <= 1)).map((part) => `${a.id} / ${b.id}: ${part} at ${Math.round(a[part])} and ${Math.round(b[part])} px`)),
    )
  })
}

/**
 * The board's cards whose words do not stay together (more than `most` px between the text of a card's
 * title and the line under it; about 9 px is the gap and the lines' own spacing) or whose buttons are not
 * at the card's foot: a card as tall as its row's tallest must not spread its parts out to fill the space.
 * Each is named by its title.
 */
export function findSpreadCards(page: Page, most = 12): Promise<string[]> {
  return page.locator('.map-board .board-card').evaluateAll(
    (cards, most) =>
      cards.flatMap((card) => {
        const title = card.querySelector('.board-card__title')
        const meta = card.querySelector('.board-card__meta')
        const actions = card.querySelector('.board-card__actions')
        if (!title || !actions) return []
        const box = card.getBoundingClientRect()
        if (box.height === 0) return [] // in a chunk the browser has not drawn
        const inner = box.bottom - parseFloat(getComputedStyle(card).paddingBottom) - parseFloat(getComputedStyle(card).borderBottomWidth)
        // The words' and buttons' own boxes: a stretched grid row grows the boxes around them, not them.
        const text = (element: Element) => {
          const range = document.createRange()
          range.selectNodeContents(element)
          return range.getBoundingClientRect()
        }
        const words = meta ? text(meta).top - text(title).bottom : 0
        const foot = inner - Math.max(...Array.from(actions.querySelectorAll('button')).map((button) => button.getBoundingClientRect().bottom))
        return words > most || foot > 1 ? [`${title.textContent}: ${Math.round(words)} px under its title, buttons ${Math.round(foot)} px above its foot`] : []
      }),
    most,
  )
}
