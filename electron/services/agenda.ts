import { defaultAgenda, keepCurrent, type Agenda } from '../../shared/domain/agenda'
import type { Store } from '../store'
import { invalid } from './errors'
import type { Scope, WorkshopScope } from './scope'
import type { Clock, HandlersFor } from './types'

export function agendaHandlers(store: Store, clock: Clock, { scope, checkQuestion }: Scope): HandlersFor<'agenda'> {
  const read = (here: WorkshopScope): Agenda & { customised: boolean } => {
    const saved = store.agenda.get(here.workshop.id)
    const questionIds = saved?.customised ? saved.questionIds : defaultAgenda(here.pack)
    const current = saved?.currentQuestionId ?? null
    return {
      questionIds,
      currentQuestionId: current !== null && questionIds.includes(current) ? current : (questionIds[0] ?? null),
      customised: saved?.customised ?? false,
    }
  }
  const publicAgenda = ({ questionIds, currentQuestionId }: Agenda): Agenda => ({ questionIds, currentQuestionId })

  return {
    'agenda.get': ({ workshopId }) => publicAgenda(read(scope(workshopId))),

    'agenda.set': ({ workshopId, questionIds }) =>
      store.transaction(() => {
        const here = scope(workshopId)
        questionIds.forEach((id, index) => checkQuestion(here, id, `questionIds.${index}`))
        const before = read(here)
        store.agenda.setQuestions(workshopId, questionIds, keepCurrent(before, questionIds), clock.now().toISOString())
        return publicAgenda(read(here))
      }),

    'agenda.setCurrent': ({ workshopId, questionId }) =>
      store.transaction(() => {
        const here = scope(workshopId)
        const agenda = read(here)
        if (!agenda.questionIds.includes(questionId)) throw invalid('That question is not on this workshop’s agenda. Add it to the agenda first.', 'questionId')
        store.agenda.setCurrent(workshopId, questionId, agenda.customised, clock.now().toISOString())
        return publicAgenda(read(here))
      }),
  }
}
