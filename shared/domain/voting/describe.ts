import { POINTS_PER_GROUP, type RoundSettings } from './settings'
import { VOTER_WORDS, type VoterWords, type WhoVotes } from './voters'
import { ordinal, plural } from './words'

export const BORDA_LABEL = 'Borda count'
export const SCHULZE_LABEL = 'Schulze method'

/** Borda in plain words, for a round where each group (or person) ranks its top `k`. */
export function describeBorda(k: number, words: VoterWords = VOTER_WORDS.tables): string {
  const { one, they, their } = words
  if (k === 1) return `${BORDA_LABEL}: a ${one}’s first choice gets 1 point and gaps ${they} did not rank get none. The gap with the most points comes first.`
  const last = k === 2 ? `${their} second 1 point` : `${their} second ${k - 1}, and so on down to 1 point for ${their} ${ordinal(k)} choice`
  return `${BORDA_LABEL}: a ${one}’s first choice gets ${k} points, ${last}; gaps a ${one} did not rank get none. The gap with the most points comes first.`
}

export const schulzeText = (words: VoterWords = VOTER_WORDS.tables) =>
  `${SCHULZE_LABEL}: every pair of gaps is compared by how many ${words.many} ranked one above the other. A gap that beats every other gap head to head (a Condorcet winner) always comes first; otherwise the order follows the strongest chains of head-to-head wins. Gaps that neither beats the other tie, and ties are named.`
export const SCHULZE_TEXT = schulzeText()

/** For an each-person round, the sentence that says so. */
export const PEOPLE_VOTE_TEXT = 'Each person votes for themselves, from their phone or keyed in by the facilitator; each ballot counts with its table and the role its holder chose.'

/**
 * The method of a round in plain words. Before and while a round is voted on, it says what the
 * round allows ("Each group has 3 dots to place…"); once results are counted, what the groups did.
 */
export function describeMethod(settings: RoundSettings, when: 'rules' | 'counted' = 'counted', whoVotes: WhoVotes = 'tables'): string[] {
  const said = describeFor(settings, when === 'rules', VOTER_WORDS[whoVotes])
  return whoVotes === 'people' ? [...said, PEOPLE_VOTE_TEXT] : said
}

function describeFor(settings: RoundSettings, rules: boolean, words: VoterWords): string[] {
  const each = `Each ${words.one}`
  switch (settings.method) {
    case 'dots':
      return [
        `${rules ? `${each} has ${plural(settings.dotsPerGroup, 'dot')} to place` : `${each} placed up to ${plural(settings.dotsPerGroup, 'dot')}`} on the gaps ${words.they} most ${words.wants} to act on first${
          settings.capPerGap === null
            ? `, and ${rules ? 'can' : 'could'} put several on one gap`
            : `, with no more than ${plural(settings.capPerGap, 'dot')} on any one gap`
        }.`,
        'A gap’s score is the number of dots it received; the most dots comes first. Gaps with the same number of dots tie, and ties are named.',
      ]
    case 'ranked':
      return [
        `${each} ${rules ? 'puts' : 'put'} up to ${plural(settings.topK, 'gap')} in order, ${words.their} first choice first. The order is worked out in two ways, and both are shown.`,
        schulzeText(words),
        describeBorda(settings.topK, words),
      ]
    case 'points':
      return [
        `${each} ${rules ? 'shares' : 'shared'} ${POINTS_PER_GROUP} points among the gaps, giving more points to what matters more to ${words.they === 'it' ? 'it' : 'them'}.`,
        'A gap’s score is the total of its points; the most points comes first. Gaps with the same total tie, and ties are named.',
      ]
  }
}
