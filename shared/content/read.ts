import type { KeyPrinciple, Pack, Question, Recommendation } from './schema'
import type { Line, Stage, TagId } from './blocks'

/**
 * Reading a pack once it is loaded (load.ts checks it): its questions, Key Principles and
 * Recommendations and the words for its tags. Nothing here uses zod, so the renderer's screens can
 * read a pack without fetching the pack's schema.
 */

/** Every question in the pack, in source order. */
export function allQuestions(pack: Pack): Question[] {
  const out: Question[] = []
  for (const step of pack.steps) {
    for (const section of step.sections) {
      for (const item of section.items) if (item.kind === 'question') out.push(item)
    }
  }
  return out
}

export type QuestionFilter = {
  stage?: Stage
  /** A section's title or its id. */
  section?: string
  /** `null` selects questions with no line of enquiry; leave out to select any. */
  line?: Line
  tag?: TagId
  /**
   * With `tag`, also count the blanket symbols: `ALL` for any key principle or recommendation,
   * `ALL_RECS` for any recommendation. Off by default: only questions printed with the tag itself.
   */
  includeBlanketTags?: boolean
}

/** Questions matching every given criterion, in source order. */
export function questionsBy(pack: Pack, filter: QuestionFilter): Question[] {
  const tags = filter.tag === undefined ? undefined : matchingTags(filter.tag, filter.includeBlanketTags === true)
  const out: Question[] = []
  for (const step of pack.steps) {
    if (filter.stage !== undefined && step.stage !== filter.stage) continue
    for (const section of step.sections) {
      if (filter.section !== undefined && section.id !== filter.section && section.title !== filter.section) continue
      for (const item of section.items) {
        if (item.kind !== 'question') continue
        if (filter.line !== undefined && item.line !== filter.line) continue
        if (tags !== undefined && !item.tags.some((t) => tags.has(t))) continue
        out.push(item)
      }
    }
  }
  return out
}

function matchingTags(tag: TagId, blanket: boolean): Set<TagId> {
  const tags = new Set<TagId>([tag])
  if (blanket && isKeyPrincipleTag(tag)) tags.add('ALL')
  if (blanket && isRecommendationTag(tag)) {
    tags.add('ALL')
    tags.add('ALL_RECS')
  }
  if (blanket && tag === 'ALL_RECS') tags.add('ALL')
  return tags
}

export function findQuestion(pack: Pack, id: string): Question | undefined {
  return allQuestions(pack).find((q) => q.id === id)
}

export function isKeyPrincipleTag(tag: TagId): tag is KeyPrinciple['id'] {
  return /^KP\d+$/.test(tag)
}

export function isRecommendationTag(tag: TagId): tag is Recommendation['id'] {
  return /^R\d+$/.test(tag)
}

export function findKeyPrinciple(pack: Pack, id: TagId): KeyPrinciple | undefined {
  return pack.keyPrinciples.find((kp) => kp.id === id)
}

export function findRecommendation(pack: Pack, id: TagId): Recommendation | undefined {
  return pack.recommendations.find((r) => r.id === id)
}

/**
 * A readable name for a tag: 'KP3' → 'Key Principle 3: Facilitated peer support',
 * 'R2' → 'Recommendation 2: …', 'ALL' → 'All key principles and recommendations',
 * 'ALL_RECS' → 'All recommendations', 'EDIE' → 'Equality, Diversity, Inclusion and Equity (EDIE)'.
 */
export function tagLabel(pack: Pack, tag: TagId): string {
  switch (tag) {
    case 'ALL':
      return 'All key principles and recommendations'
    case 'ALL_RECS':
      return 'All recommendations'
    case 'EDIE':
      return 'Equality, Diversity, Inclusion and Equity (EDIE)'
  }
  if (isKeyPrincipleTag(tag)) {
    const kp = findKeyPrinciple(pack, tag)
    const name = `Key Principle ${tag.slice(2)}`
    return kp ? `${name}: ${kp.shortName}` : name
  }
  const rec = findRecommendation(pack, tag)
  const name = `Recommendation ${tag.slice(1)}`
  return rec ? `${name}: ${rec.shortName}` : name
}

/** A question's line in words: 'Strategic', 'Practice', or '' when it names none. */
export function lineLabel(question: Pick<Question, 'line'>): string {
  return question.line === 'strategic' ? 'Strategic' : question.line === 'practice' ? 'Practice' : ''
}

/**
 * The theme a gap's "You said" row goes under: the short name of its first Key Principle, else of
 * its first Recommendation ('Facilitated peer support'); empty when it is linked to neither.
 */
export function linkTheme(pack: Pack, links: readonly TagId[]): string {
  const principle = links.map((tag) => findKeyPrinciple(pack, tag)).find((kp) => kp !== undefined)
  if (principle) return principle.shortName
  return links.map((tag) => findRecommendation(pack, tag)).find((rec) => rec !== undefined)?.shortName ?? ''
}

/** The symbol as printed in the source: 'ALL_RECS' → 'ALL RECS', 'KP3' → 'KP3'. */
export function tagDisplay(tag: TagId): string {
  return tag.replace(/_/g, ' ')
}
