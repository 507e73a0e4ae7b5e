import type { Pack } from '../../shared/content/schema'
import { allQuestions } from '../../shared/content/load'
import { GUIDE_TAGS, type GuideTag } from '../../shared/domain/links'
import type { Workshop } from '../../shared/domain/workshop'
import type { Store } from '../store'
import { existingWorkshop, invalid } from './errors'
import { choosePack, type PackLibrary } from './packs'


export interface WorkshopScope {
  workshop: Workshop
  /** The content pack edition the workshop recorded. */
  pack: Pack
  questionIds: ReadonlySet<string>
  /** The Key Principles and Recommendations this pack defines, in the Guide's order. */
  guideTags: GuideTag[]
}

/**
 * Checks shared by the Assess services: the workshop exists, and anything that names a question,
 * a Key Principle, a Recommendation or a group names one that belongs to this workshop.
 */
export function scopeFor(store: Store, packs: PackLibrary) {
  const cache = new Map<string, { questionIds: Set<string>; guideTags: GuideTag[] }>()
  const packFacts = (pack: Pack) => {
    const key = `${pack.id}@${pack.version}`
    let facts = cache.get(key)
    if (!facts) {
      const defined = new Set<string>([...pack.keyPrinciples.map((kp) => kp.id), ...pack.recommendations.map((rec) => rec.id)])
      facts = { questionIds: new Set(allQuestions(pack).map((question) => question.id)), guideTags: GUIDE_TAGS.filter((tag) => defined.has(tag)) }
      cache.set(key, facts)
    }
    return facts
  }

  function scope(workshopId: string, field = 'workshopId'): WorkshopScope {
    const workshop = existingWorkshop(store, workshopId, field)
    const pack = choosePack(packs, workshop.pack)
    return { workshop, pack, ...packFacts(pack) }
  }

  function checkQuestion(here: WorkshopScope, questionId: string, field: string): void {
    if (!here.questionIds.has(questionId)) throw invalid('That question is not in this workshop’s Reflective Tool.', field)
  }

  function checkLinks(here: WorkshopScope, links: readonly GuideTag[], field = 'details.links'): void {
    links.forEach((tag, index) => {
      if (!here.guideTags.includes(tag)) throw invalid(`This workshop’s Reflective Tool has no ${tag}.`, `${field}.${index}`)
    })
  }

  function checkGroups(workshopId: string, groupIds: readonly string[], field: string): void {
    const ids = new Set(store.groups.listForWorkshop(workshopId).map((group) => group.id))
    groupIds.forEach((id, index) => {
      if (!ids.has(id)) {
        throw invalid('That group is not in this workshop. It may have been removed in another window.', groupIds.length === 1 && !field.endsWith('s') ? field : `${field}.${index}`)
      }
    })
  }

  return { scope, checkQuestion, checkLinks, checkGroups }
}
export type Scope = ReturnType<typeof scopeFor>
