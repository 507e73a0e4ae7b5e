/**
 * The cycles of one service: each "Start the next cycle" links the new workshop to the one it
 * follows, so a service's Assess-Plan-Do-Review loops form a chain that is listed together.
 */

/** "Northvale forum – cycle 1" → "Northvale forum – cycle 2"; a title without a cycle keeps its words. */
export function nextCycleTitle(title: string, nextCycle: number): string {
  const pattern = /\b(cycle)\s+\d+\b/i
  if (pattern.test(title)) return title.replace(pattern, (_match, word: string) => `${word} ${nextCycle}`)
  return title
}

export interface CycleLink {
  id: string
  previousId: string | null
}

/**
 * Groups workshops into services by following previous-workshop links back to the first cycle.
 * Keeps the order of `workshops` (newest first) for services, by the newest workshop of each; a
 * service's own workshops are listed latest cycle first. Broken links (a deleted earlier cycle)
 * start a new chain.
 */
export function groupByService<W extends { id: string; cycle: number }>(workshops: readonly W[], links: readonly CycleLink[]): W[][] {
  const previous = new Map(links.map((link) => [link.id, link.previousId]))
  const present = new Set(workshops.map((workshop) => workshop.id))
  const rootOf = (id: string): string => {
    const seen = new Set<string>()
    let at = id
    for (;;) {
      seen.add(at)
      const before = previous.get(at) ?? null
      if (before === null || !present.has(before) || seen.has(before)) return at
      at = before
    }
  }
  const services = new Map<string, W[]>()
  for (const workshop of workshops) {
    const root = rootOf(workshop.id)
    const list = services.get(root) ?? []
    list.push(workshop)
    services.set(root, list)
  }
  return [...services.values()].map((list) => [...list].sort((a, b) => b.cycle - a.cycle))
}
