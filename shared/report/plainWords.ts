import type { VotingMethod } from '../domain/voting/settings'
import type { EvidenceStrength, PlainWord } from './model'

/** EDIE spelled out, for the first place the report or briefing uses it. */
export const EDIE_IN_FULL = 'EDIE (Equality, Diversity, Inclusion and Equity)'

/**
 * What the Practice Guide's evidence ratings mean, in the words of its summary for elected members
 * (Foundations' ratings: how many trials, how the risk of bias was judged, and what they showed).
 */
export const EVIDENCE_MEANINGS: Record<EvidenceStrength, string> = {
  strong: 'at least two trials (randomised or quasi-experimental) combined in a meta-analysis, with a low risk of bias, show it works in everyday services',
  good: 'at least two trials, combined or reviewed together, with a moderate risk of bias, show it can work',
  promising: 'one trial, with a low or moderate risk of bias, shows it can work',
}

export const EVIDENCE_WORDS: Record<EvidenceStrength, string> = { strong: 'strong evidence', good: 'good evidence', promising: 'promising evidence' }

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Each counting method in one sentence. */
export const METHOD_MEANINGS = {
  dots: 'Each group places a set number of dots on the gaps it most wants acted on; the gap with the most dots comes first.',
  points: 'Each group shares 100 points among the gaps, giving more to what matters more to it; the gap with the highest total comes first.',
  ranked: 'Each group puts the gaps in its order of preference, first choice first; the order is then counted in two ways, the Schulze method and the Borda count.',
  schulze: 'Every pair of gaps is compared by how many groups ranked one above the other, and a gap that beats every other gap head to head comes first.',
  borda: 'Each group’s choices earn points by their place (its first choice the most), and the gap with the most points comes first.',
  kendall: 'A number from 0 to 1 that says how far the groups put the gaps in the same order: 0 is no agreement at all, 1 is every group giving the same order.',
} as const

/**
 * The terms the report uses, in the order a reader meets them. Voting terms only for the methods
 * the room used, so a reader is not asked to learn what did not happen.
 */
export function plainWords(methods: ReadonlySet<VotingMethod>): PlainWord[] {
  const words: PlainWord[] = [
    { term: 'Key Principles and Recommendations', meaning: 'The Foster Care Practice Guide’s 8 Key Principles (KP1 to KP8) say how to work with foster carers; its 7 Recommendations (R1 to R7) name the best-evidenced support and training.' },
    { term: EDIE_IN_FULL, meaning: 'Questions and gaps about fairness for every carer and child, whatever their background, culture, language or circumstances.' },
    ...(['strong', 'good', 'promising'] as const).map((strength) => ({ term: capitalise(EVIDENCE_WORDS[strength]), meaning: `${capitalise(EVIDENCE_MEANINGS[strength])}.` })),
    { term: 'Red, amber and green ratings', meaning: 'The room’s view of each Key Principle and Recommendation: red, not in place; amber, partly in place; green, in place and working. Each is written as a word and a symbol as well as a colour (■ Red, ▲ Amber, ● Green).' },
  ]
  if (methods.has('dots')) words.push({ term: 'Dot votes', meaning: METHOD_MEANINGS.dots })
  if (methods.has('points')) words.push({ term: '100 points', meaning: METHOD_MEANINGS.points })
  if (methods.has('ranked')) {
    words.push(
      { term: 'Ranked ballot', meaning: METHOD_MEANINGS.ranked },
      { term: 'Schulze method', meaning: METHOD_MEANINGS.schulze },
      { term: 'Borda count', meaning: METHOD_MEANINGS.borda },
    )
  }
  if (methods.size > 0) words.push({ term: 'Kendall’s W', meaning: METHOD_MEANINGS.kendall })
  return words
}
