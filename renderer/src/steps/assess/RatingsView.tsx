import { useId, useRef, useState } from 'react'
import { GUIDE_TAGS, type GuideTag } from '../../../../shared/domain/links'
import { RAG, RAG_LABELS, RAG_MEANINGS, ratingsDiffer, type Rag, type Rating } from '../../../../shared/domain/ratings'
import type { Group, Workshop } from '../../../../shared/domain/workshop'
import { possessive } from '../../../../shared/domain/text'
import { callKey, queryClient, useApi, useWrite } from '../../api/queries'
import { DraftNotice } from '../../ui/DraftNotice'
import { ErrorMessage } from '../../ui/Status'
import { useDraft } from '../../ui/useDraft'
import { RAG_SHAPES, RagBadge } from './Rag'
import { guideName } from './TagChip'
import { type AssessData } from './useAssessData'

const keyOf = (tag: string, groupId: string | null) => `${tag}:${groupId ?? 'room'}`

/** Where the service is now, per KP and Recommendation: the room's agreed rating, and each group's where they differ. */
export function RatingsView({ workshop, data }: { workshop: Workshop; data: AssessData }) {
  const { pack, groups } = data
  const list = useApi('ratings.list', { workshopId: workshop.id })
  const ratings = list.data ? new Map(list.data.map((rating) => [keyOf(rating.tag, rating.groupId), rating])) : undefined
  const [failed, setError] = useState<string>()
  const error = failed ?? list.error?.message
  // Shown at once; put back if the save is refused.
  const listKey = callKey('ratings.list', { workshopId: workshop.id })
  const rate = useWrite('ratings.set', {
    onMutate: async ({ tag, groupId = null, rating = null, comment = '' }) => {
      await queryClient.cancelQueries({ queryKey: listKey })
      const before = queryClient.getQueryData<Rating[]>(listKey)
      const was = before?.find((candidate) => candidate.tag === tag && candidate.groupId === groupId)
      queryClient.setQueryData<Rating[]>(listKey, (current) => [
        ...(current ?? []).filter((candidate) => candidate.tag !== tag || candidate.groupId !== groupId),
        { tag, groupId, rating, comment, updatedAt: was?.updatedAt ?? '' },
      ])
      return { before }
    },
    onError: (failure, _input, undo) => {
      if (undo?.before) queryClient.setQueryData(listKey, undo.before)
      setError(failure.message)
    },
  })

  /** True once the server has it; a refusal is shown and the old rating put back. */
  async function save(tag: GuideTag, groupId: string | null, rating: Rag | null, comment: string): Promise<boolean> {
    setError(undefined)
    try {
      await rate.mutateAsync({ workshopId: workshop.id, tag, groupId, rating, comment })
      return true
    } catch {
      return false
    }
  }

  const tags = GUIDE_TAGS.filter((t) => pack.keyPrinciples.some((kp) => kp.id === t) || pack.recommendations.some((rec) => rec.id === t))
  const get = (tag: string, groupId: string | null) => ratings?.get(keyOf(tag, groupId))
  const rated = tags.filter((tag) => get(tag, null)?.rating).length

  return (
    <section className="panel ratings" aria-labelledby="ratings-heading">
      <h2 id="ratings-heading">Baseline ratings</h2>
      <p className="panel__intro">
        Where the service is now, agreed as a room. {rated} of {tags.length} rated. Key:{' '}
        {RAG.map((rag) => (
          <span key={rag} className="ratings__key">
            <RagBadge rating={rag} /> {RAG_MEANINGS[rag]}
          </span>
        ))}
      </p>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {!ratings && !error && <p>Loading ratings…</p>}
      {ratings && (
        <ul className="ratings__glance" aria-label="The room’s ratings at a glance">
          {tags.map((tag) => (
            <li key={tag}>
              <a href={`#rating-${tag}`} onClick={(event) => {
                // Hash links would change the route; scroll to the card instead.
                event.preventDefault()
                document.getElementById(`rating-${tag}`)?.scrollIntoView({ block: 'start' })
              }}>
                {tag}
              </a>{' '}
              <RagBadge rating={get(tag, null)?.rating ?? null} />
            </li>
          ))}
        </ul>
      )}
      <div className="ratings__cards">
      {ratings &&
        tags.map((tag) => {
          const room = get(tag, null)
          const byGroup = groups.map((group) => get(tag, group.id)?.rating ?? null)
          const differ = ratingsDiffer(room?.rating ?? null, byGroup)
          return (
            <article key={tag} className="rating-card" aria-labelledby={`rating-${tag}`}>
              <div className="rating-card__head">
                <h3 id={`rating-${tag}`}>{guideName(pack, tag)}</h3>
                <RagBadge rating={room?.rating ?? null} />
                {differ && <span className="badge badge--differ"><span aria-hidden="true">≠ </span>Groups differ</span>}
              </div>
              <RatingChoice legend={`${tag}: the room’s rating`} value={room?.rating ?? null} onChange={(rating) => void save(tag, null, rating, room?.comment ?? '')} />
              <RatingComment workshopId={workshop.id} tag={tag} label={`Comment on ${tag}`} value={room?.comment ?? ''} onSave={(comment) => save(tag, null, room?.rating ?? null, comment)} />
              {groups.length > 0 && (
                <details className="rating-card__groups" open={differ || undefined}>
                  <summary>Ratings by group{differ ? ': groups differ' : ''}</summary>
                  {groups.map((group: Group) => {
                    const mine = get(tag, group.id)
                    return <RatingChoice key={group.id} small legend={`${tag}: ${possessive(group.name)} rating`} value={mine?.rating ?? null} onChange={(rating) => void save(tag, group.id, rating, mine?.comment ?? '')} />
                  })}
                </details>
              )}
            </article>
          )
        })}
      </div>
    </section>
  )
}

function RatingChoice({ legend, value, onChange, small = false }: { legend: string; value: Rag | null; onChange: (rating: Rag | null) => void; small?: boolean }) {
  const name = useId()
  return (
    <fieldset className={small ? 'rag-choice rag-choice--small' : 'rag-choice'}>
      <legend>{legend}</legend>
      {RAG.map((rag) => (
        <label key={rag} className={`rag-option rag-option--${rag}`}>
          <input type="radio" name={name} checked={value === rag} onChange={() => onChange(rag)} />
          <span aria-hidden="true" className="rag__shape">{RAG_SHAPES[rag]}</span> {RAG_LABELS[rag]}
        </label>
      ))}
      {value !== null && (
        <button type="button" className="button button--small button--quiet" onClick={() => onChange(null)}>
          Clear
        </button>
      )}
    </fieldset>
  )
}

/** The comment saves itself shortly after typing stops, and when the field is left. */
interface CommentProps {
  workshopId: string
  tag: string
  label: string
  value: string
  onSave: (comment: string) => Promise<boolean>
}

function RatingComment({ workshopId, tag, label, value, onSave }: CommentProps) {
  const id = useId()
  // Also kept locally, for the moment between typing and the save (a crash there loses nothing).
  const draft = useDraft({ workshopId, form: 'rating-comment', recordId: tag }, value)
  const text = draft.value
  const setText = draft.set
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const latest = useRef(text)
  // Follows what is shown, so a discarded draft is not saved when the field is left.
  latest.current = text
  const flush = () => {
    clearTimeout(timer.current)
    if (latest.current.trim() !== value.trim()) {
      const sent = latest.current
      void onSave(sent).then((saved) => {
        if (saved && latest.current === sent) draft.clear()
      })
    }
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <DraftNotice draft={draft} />
      <textarea
        id={id}
        rows={2}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          latest.current = event.target.value
          clearTimeout(timer.current)
          timer.current = setTimeout(flush, 800)
        }}
        onBlur={flush}
      />
    </div>
  )
}
