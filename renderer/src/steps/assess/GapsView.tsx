import { useEffect, useId, useRef, useState } from 'react'
import { findQuestion } from '../../../../shared/content/read'
import { countGapsByTag, filterGaps, type Gap, type GapDetails } from '../../../../shared/domain/gaps'
import { GUIDE_TAGS, type GuideTag } from '../../../../shared/domain/links'
import type { Workshop } from '../../../../shared/domain/workshop'
import { messageOf } from '../../api/client'
import { useApi, write } from '../../api/queries'
import { ErrorMessage, useMoveOn } from '../../ui/Status'
import { GapDialog } from './GapDialog'
import { MergeDialog } from './MergeDialog'
import { guideName, TagChips } from './TagChip'
import { type AssessData } from './useAssessData'

interface Props {
  workshop: Workshop
  data: AssessData
}

type Undo = { label: string; run: () => Promise<unknown> }
/**
 * What the last change said, shown on the card it is about (or where a deleted card was), with
 * its Undo; a polite region says it too. It goes once the facilitator works elsewhere.
 */
type Notice = { gapId: string; text: string; undo?: Undo | undefined; at?: number }

/** A notice on its card: brought into sight, focus on its Undo when the change took the focused control away. */
function CardNotice({ notice, onUndo, takeFocus, onMoveOn }: { notice: Notice; onUndo: (undo: Undo) => void; takeFocus: boolean; onMoveOn: () => void }) {
  const box = useRef<HTMLDivElement>(null)
  const undoButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' })
    if (takeFocus) undoButton.current?.focus()
  }, [notice, takeFocus])
  useMoveOn(box, true, onMoveOn)
  return (
    <div className="undo-bar" ref={box}>
      {notice.text}
      {notice.undo && (
        <button type="button" ref={undoButton} className="button button--small" onClick={() => onUndo(notice.undo!)}>
          Undo
        </button>
      )}
    </div>
  )
}

/** The gaps the room named: filter, count per KP and Recommendation, edit, merge, delete; every change undoable. */
export function GapsView({ workshop, data }: Props) {
  const { pack, groups } = data
  const ids = useId()
  const list = useApi('gaps.list', { workshopId: workshop.id })
  const gaps = list.data
  const [failed, setError] = useState<string>()
  const error = failed ?? list.error?.message
  const [editing, setEditing] = useState<{ gap?: Gap; initial: Partial<GapDetails> }>()
  const [merging, setMerging] = useState<Gap>()
  const [notice, setNotice] = useState<Notice>()
  /** Said to screen readers, on every change; the card shows it. */
  const [message, setMessage] = useState('')
  const [tag, setTag] = useState('')
  const [groupId, setGroupId] = useState('')
  const [edie, setEdie] = useState('')

  function tell(next: Notice | undefined, said: string) {
    setNotice(next)
    setMessage(said)
  }

  async function act(work: () => Promise<unknown>, said: string, next?: Omit<Notice, 'text'>) {
    setError(undefined)
    try {
      await work()
      tell(next && { ...next, text: said }, said)
    } catch (failure) {
      setError(messageOf(failure))
    }
  }

  const undo = (run: Undo) => void act(run.run, `Undone: ${run.label}.`, notice && { gapId: notice.gapId })
  /** Where a deleted gap was: its notice, and the Undo that brings it back (focused, as its Delete button went with it). */
  const noticeCard = (gone: Notice) => (
    <li key={`gone-${gone.gapId}`} className="gap-card gap-card--gone">
      <CardNotice notice={gone} onUndo={undo} takeFocus onMoveOn={() => tell(undefined, '')} />
    </li>
  )

  const tags = GUIDE_TAGS.filter((t) => pack.keyPrinciples.some((kp) => kp.id === t) || pack.recommendations.some((rec) => rec.id === t))
  const shown = gaps ? filterGaps(gaps, { tag: (tag || undefined) as GuideTag | undefined, groupId: groupId || undefined, edie: edie === '' ? undefined : edie === 'yes' }) : []
  const counts = gaps ? countGapsByTag(gaps, tags) : []
  const groupName = (id: string) => groups.find((group) => group.id === id)?.name ?? 'A removed group'

  return (
    <div className="gaps">
      <section className="panel" aria-labelledby={`${ids}-heading`}>
        <div className="panel__head">
          <h2 id={`${ids}-heading`}>Gaps</h2>
          <button type="button" className="button button--primary" onClick={() => setEditing({ initial: {} })}>
            New gap
          </button>
        </div>
        <p className="visually-hidden" role="status" aria-live="polite">{message}</p>
        {error && <ErrorMessage>{error}</ErrorMessage>}
        <div className="filters" role="group" aria-label="Filter gaps">
          <div className="field">
            <label htmlFor={`${ids}-tag`}>Key Principle or Recommendation</label>
            <select id={`${ids}-tag`} value={tag} onChange={(event) => setTag(event.target.value)}>
              <option value="">Any</option>
              {tags.map((t) => (
                <option key={t} value={t}>{guideName(pack, t)}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-group`}>Group</label>
            <select id={`${ids}-group`} value={groupId} onChange={(event) => setGroupId(event.target.value)}>
              <option value="">Any group</option>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>{group.name}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-edie`}>EDIE</label>
            <select id={`${ids}-edie`} value={edie} onChange={(event) => setEdie(event.target.value)}>
              <option value="">EDIE or not</option>
              <option value="yes">EDIE only</option>
              <option value="no">Not EDIE</option>
            </select>
          </div>
        </div>
        {gaps && (
          <p className="gaps__count">
            Showing {shown.length} of {gaps.length === 1 ? '1 gap' : `${gaps.length} gaps`}.
          </p>
        )}
        {gaps?.length === 0 && <p className="empty">No gaps yet. Record them from a question, from the support offer’s coverage, or here.</p>}
        <ul className="gap-list" aria-label="Gaps">
          {shown.flatMap((gap, index) => {
            const gone = notice && notice.at === index && !shown.some((candidate) => candidate.id === notice.gapId) ? [noticeCard(notice)] : []
            const source = gap.sourceQuestionId ? findQuestion(pack, gap.sourceQuestionId) : undefined
            return [...gone, (
              <li key={gap.id} className="gap-card" aria-labelledby={`gap-${gap.id}`}>
                <div className="gap-card__head">
                  <h3 id={`gap-${gap.id}`}>{gap.title}</h3>
                  {gap.edie && <span className="badge badge--edie">EDIE</span>}
                </div>
                {gap.detail && <p className="gap-card__detail">{gap.detail}</p>}
                <TagChips pack={pack} tags={gap.links} label={`Linked to`} />
                <p className="gap-card__meta">
                  Raised by: {gap.groupIds.length ? gap.groupIds.map(groupName).join(', ') : 'not recorded'}
                  {source && <><br />From the question: {source.text}</>}
                  {gap.mergedFrom.length > 0 && <><br />Merged from {gap.mergedFrom.length} gaps.</>}
                </p>
                <div className="actions actions--start">
                  <button type="button" className="button button--small" onClick={() => setEditing({ gap, initial: gap })} aria-label={`Edit ${gap.title}`}>
                    Edit
                  </button>
                  <button type="button" className="button button--small" onClick={() => setMerging(gap)} disabled={(gaps?.length ?? 0) < 2} aria-label={`Merge ${gap.title} with another gap`}>
                    Merge…
                  </button>
                  {gap.mergedFrom.length > 0 && (
                    <button type="button" className="button button--small" onClick={() => void act(() => write('gaps.unmerge', { id: gap.id }), `Merge undone: the ${gap.mergedFrom.length} gaps are back.`)} aria-label={`Undo merge: ${gap.title}`}>
                      Undo merge
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button--small button--danger-quiet"
                    aria-label={`Delete ${gap.title}`}
                    onClick={() => void act(() => write('gaps.delete', { id: gap.id }), `Deleted “${gap.title}”.`, { gapId: gap.id, at: index, undo: { label: `deleted “${gap.title}”`, run: () => write('gaps.restore', { id: gap.id }) } })}
                  >
                    Delete
                  </button>
                </div>
                {notice?.gapId === gap.id && <CardNotice notice={notice} onUndo={undo} takeFocus={notice.undo !== undefined} onMoveOn={() => tell(undefined, '')} />}
              </li>
            )]
          })}
          {notice && notice.at !== undefined && notice.at >= shown.length && !shown.some((candidate) => candidate.id === notice.gapId) && noticeCard(notice)}
        </ul>
      </section>

      <section className="panel" aria-labelledby={`${ids}-counts`}>
        <h2 id={`${ids}-counts`}>Gaps per Key Principle and Recommendation</h2>
        <table className="counts">
          <thead>
            <tr>
              <th scope="col">Key Principle or Recommendation</th>
              <th scope="col">Gaps</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((row) => (
              <tr key={row.tag}>
                <th scope="row">{guideName(pack, row.tag)}</th>
                <td data-testid={`gap-count-${row.tag}`}>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <GapDialog
        open={editing !== undefined}
        title={editing?.gap ? 'Edit gap' : 'New gap'}
        workshopId={workshop.id}
        pack={pack}
        groups={groups}
        initial={editing?.initial ?? {}}
        gapId={editing?.gap?.id}
        sourceText={editing?.initial.sourceQuestionId ? findQuestion(pack, editing.initial.sourceQuestionId)?.text : undefined}
        onClose={() => setEditing(undefined)}
        onSaved={(gap) => {
          setEditing(undefined)
          const said = editing?.gap ? `Saved “${gap.title}”.` : `Gap recorded: ${gap.title}.`
          tell({ gapId: gap.id, text: said }, said)
        }}
      />
      {merging && gaps && (
        <MergeDialog
          first={merging}
          gaps={gaps}
          onClose={() => setMerging(undefined)}
          onMerged={(merged) => {
            setMerging(undefined)
            const said = `Merged into “${merged.title}”.`
            tell({ gapId: merged.id, text: said, undo: { label: `merged “${merged.title}”`, run: () => write('gaps.unmerge', { id: merged.id }) } }, said)
          }}
        />
      )}
    </div>
  )
}
