import { POINTS_PER_GROUP, type RoundSettings } from './settings'
import { ordinal, plural } from './words'

export const BORDA_LABEL = 'Borda count'
export const SCHULZE_LABEL = 'Schulze method'

/** Borda in plain words, for a round where each group ranks its top `k`. */
export function describeBorda(k: number): string {
  if (k === 1) return `${BORDA_LABEL}: a group’s first choice gets 1 point and gaps it did not rank get none. The gap with the most points comes first.`
  const last = k === 2 ? 'its second 1 point' : `its second ${k - 1}, and so on down to 1 point for its ${ordinal(k)} choice`
  return `${BORDA_LABEL}: a group’s first choice gets ${k} points, ${last}; gaps a group did not rank get none. The gap with the most points comes first.`
}

export const SCHULZE_TEXT = `${SCHULZE_LABEL}: every pair of gaps is compared by how many groups ranked one above the other. A gap that beats every other gap head to head (a Condorcet winner) always comes first; otherwise the order follows the strongest chains of head-to-head wins. Gaps that neither beats the other tie, and ties are named.`

/**
 * The method of a round in plain words. Before and while a round is voted on, it says what the
 * round allows ("Each group has 3 dots to place…"); once results are counted, what the groups did.
 */
export function describeMethod(settings: RoundSettings, when: 'rules' | 'counted' = 'counted'): string[] {
  const rules = when === 'rules'
  switch (settings.method) {
    case 'dots':
      return [
        `${rules ? `Each group has ${plural(settings.dotsPerGroup, 'dot')} to place` : `Each group placed up to ${plural(settings.dotsPerGroup, 'dot')}`} on the gaps it most wants to act on first${
          settings.capPerGap === null
            ? `, and ${rules ? 'can' : 'could'} put several on one gap`
            : `, with no more than ${plural(settings.capPerGap, 'dot')} on any one gap`
        }.`,
        'A gap’s score is the number of dots it received; the most dots comes first. Gaps with the same number of dots tie, and ties are named.',
      ]
    case 'ranked':
      return [
        `${rules ? `Each group puts up to ${plural(settings.topK, 'gap')} in order` : `Each group put up to ${plural(settings.topK, 'gap')} in order`}, its first choice first. The order is worked out in two ways, and both are shown.`,
        SCHULZE_TEXT,
        describeBorda(settings.topK),
      ]
    case 'points':
      return [
        `${rules ? `Each group shares ${POINTS_PER_GROUP} points` : `Each group shared ${POINTS_PER_GROUP} points`} among the gaps, giving more points to what matters more to it.`,
        'A gap’s score is the total of its points; the most points comes first. Gaps with the same total tie, and ties are named.',
      ]
  }
}
