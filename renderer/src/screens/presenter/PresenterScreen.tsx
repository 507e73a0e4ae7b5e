import { useEffect } from 'react'
import type { CallInput, CallName, CallOutput } from '../../../../shared/api'
import { findQuestion } from '../../../../shared/content/load'
import { formatUkDate } from '../../../../shared/domain/dates'
import { PRESENTER_VIEW_LABELS, type PresenterState } from '../../../../shared/domain/presenter'
import { useApi } from '../../api/queries'
import { PresenterBoard } from './PresenterBoard'
import { ResultsView } from '../../parts/ResultsView'
import { useBoardAxis } from '../../parts/useBoardAxis'
import { TimerFace } from '../../parts/TimerFace'
import { useNow } from '../../parts/useNow'
import './presenter.css'

type Live<T> = { value?: T; error?: string }

/** A call's answer from the cache, kept fresh by the change stream (no polling); none while `input` is null. */
function useLive<K extends CallName>(name: K, input: CallInput<K> | null, _pulse?: number): Live<CallOutput<K>> {
  const query = useApi(name, (input ?? {}) as CallInput<K>, { enabled: input !== null })
  if (input === null) return {}
  return query.error ? { error: query.error.message } : query.data === undefined ? {} : { value: query.data }
}

function QuestionSlide({ workshopId, pulse, pack }: { workshopId: string; pulse: number; pack: { id: string; version: string } }) {
  const agenda = useLive('agenda.get', { workshopId }, pulse)
  const content = useLive('packs.get', pack, 0)
  const id = agenda.value?.currentQuestionId
  const question = id && content.value ? findQuestion(content.value, id) : undefined
  if (!question) return <p className="presenter__quiet">No question is on the shared screen yet.</p>
  return (
    <>
      <p className="presenter__eyebrow">{question.tags.join(' · ')}</p>
      <h1 className="presenter__question">{question.text}</h1>
    </>
  )
}

function BoardSlide({ workshopId, pulse, pack }: { workshopId: string; pulse: number; pack: { id: string; version: string } }) {
  const gaps = useLive('gaps.list', { workshopId }, pulse)
  const content = useLive('packs.get', pack, 0)
  const [axis] = useBoardAxis(workshopId)
  if (!gaps.value || !content.value) return <p className="presenter__quiet">{gaps.error ?? content.error ?? 'Loading the gaps…'}</p>
  if (gaps.value.length === 0) return <><h1>Gaps we have named</h1><p className="presenter__quiet">No gaps yet.</p></>
  return <PresenterBoard pack={content.value} gaps={gaps.value} axis={axis} />
}

function VotingSlide({ workshopId, roundId, pulse }: { workshopId: string; roundId: string | null; pulse: number }) {
  const round = useLive('rounds.get', roundId ? { id: roundId } : null, pulse)
  const groups = useLive('groups.list', { workshopId }, pulse)
  if (!roundId) return <p className="presenter__quiet">No voting round is open.</p>
  if (!round.value || !groups.value) return <p className="presenter__quiet">{round.error ?? groups.error ?? 'Loading the round…'}</p>
  const voted = new Set(round.value.votedGroupIds)
  return (
    <>
      <h1>
        Round {round.value.number}: {voted.size} of {groups.value.length} groups have voted
      </h1>
      <p className="presenter__lede">{round.value.description[0]}</p>
      <ul className="presenter__voters">
        {groups.value.map((group) => (
          <li key={group.id} className={voted.has(group.id) ? 'presenter__voter presenter__voter--done' : 'presenter__voter'}>
            <span className="presenter__voter-mark" aria-hidden="true">{voted.has(group.id) ? '✓' : '○'}</span>
            {group.name}: {voted.has(group.id) ? 'voted' : 'not yet'}
          </li>
        ))}
      </ul>
      <p className="presenter__quiet">How each group voted stays hidden until the results are revealed.</p>
    </>
  )
}

function PrioritiesSlide({ workshopId, pulse }: { workshopId: string; pulse: number }) {
  const agreed = useLive('priorities.get', { workshopId }, pulse)
  if (!agreed.value) return <p className="presenter__quiet">{agreed.error ?? 'Loading the priorities…'}</p>
  return (
    <>
      <h1>Our agreed priorities</h1>
      {agreed.value.priorities.length === 0 ? (
        <p className="presenter__quiet">None agreed yet.</p>
      ) : (
        <ol className="presenter__priorities">
          {agreed.value.priorities.map((priority) => (
            <li key={priority.gapId} className="presenter__card">
              <span className="presenter__card-title">
                <span className="presenter__eyebrow">Priority {priority.position}: </span>
                {priority.title}
              </span>
              {priority.rationale && <span>{priority.rationale}</span>}
            </li>
          ))}
        </ol>
      )}
    </>
  )
}

function ResultsSlide({ roundId, pulse }: { roundId: string | null; pulse: number }) {
  const results = useLive('rounds.results', roundId ? { id: roundId } : null, pulse)
  if (!roundId) return <p className="presenter__quiet">No voting round has been chosen.</p>
  if (!results.value) return <p className="presenter__quiet">{results.error ?? 'Loading the results…'}</p>
  return <ResultsView round={results.value.round} results={results.value.results} density="presenter" />
}

/**
 * The projector's window: one thing at a time, no controls, large type. It follows whatever the
 * facilitator chose to show (presenter state on the server), refreshed by polling and by broadcast.
 */
export function PresenterScreen({ workshopId }: { workshopId: string }) {
  const pulse = 0
  const presenter = useLive('presenter.get', { workshopId }, pulse)
  const workshop = useLive('workshops.get', { id: workshopId }, 0)
  const state: PresenterState | undefined = presenter.value
  const now = useNow(state?.timer.runningSince != null)

  useEffect(() => {
    document.title = workshop.value ? `${workshop.value.title}: shared screen` : 'Common Ground: shared screen'
  }, [workshop.value])

  let slide
  if (!state || !workshop.value) slide = <p className="presenter__quiet">{presenter.error ?? workshop.error ?? 'Connecting…'}</p>
  else if (state.view === 'question') slide = <QuestionSlide workshopId={workshopId} pulse={pulse} pack={workshop.value.pack} />
  else if (state.view === 'board') slide = <BoardSlide workshopId={workshopId} pulse={pulse} pack={workshop.value.pack} />
  else if (state.view === 'voting') slide = <VotingSlide workshopId={workshopId} roundId={state.roundId} pulse={pulse} />
  else if (state.view === 'results') slide = <ResultsSlide roundId={state.roundId} pulse={pulse} />
  else if (state.view === 'priorities') slide = <PrioritiesSlide workshopId={workshopId} pulse={pulse} />
  else if (state.view === 'timer') slide = <><h1 className="visually-hidden">Discussion timer</h1><TimerFace timer={state.timer} now={now} size="large" chime /></>
  else {
    slide = (
      <>
        <h1 className="presenter__title">{workshop.value.title}</h1>
        <p className="presenter__lede">
          {formatUkDate(workshop.value.date)}
          {workshop.value.localArea && ` · ${workshop.value.localArea}`}
        </p>
      </>
    )
  }
  const cornerTimer = state && state.view !== 'timer' && state.timer.runningSince !== null

  return (
    <main className="presenter" id="main" tabIndex={-1} aria-label={state ? `Shared screen: ${PRESENTER_VIEW_LABELS[state.view]}` : 'Shared screen'} data-view={state?.view ?? 'loading'}>
      <div className="presenter__slide">{slide}</div>
      {cornerTimer && (
        <aside className="presenter__corner" aria-label="Discussion timer">
          <TimerFace timer={state.timer} now={now} size="small" chime />
        </aside>
      )}
    </main>
  )
}
