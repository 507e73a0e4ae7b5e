import { useCallback, useEffect, useId, useState } from 'react'
import { findQuestion } from '../../../../shared/content/load'
import { countGapsByTag, filterGaps, type Gap, type GapDetails } from '../../../../shared/domain/gaps'
import { GUIDE_TAGS, type GuideTag } from '../../../../shared/domain/links'
import type { Workshop } from '../../../../shared/domain/workshop'
import { messageOf, request } from '../../api/client'
import { ErrorMessage } from '../../ui/Status'
import { GapDialog } from './GapDialog'
import { MergeDialog } from './MergeDialog'
import { guideName, TagChips } from './TagChip'
import { type AssessData } from './useAssessData'

interface Props {
  workshop: Workshop
  data: AssessData
  onGroupsChanged: () => Promise<void>
}

type Undo = { label: string; run: () => Promise<unknown> }

/** The gaps the room named: filter, count per KP and Recommendation, edit, merge, delete; every change undoable. */
export function GapsView({ workshop, data }: Props) {
  const { pack, groups } = data
  const ids = useId()
  const [gaps, setGaps] = useState<Gap[]>()
  const [error, setError] = useState<string>()
  const [editing, setEditing] = useState<{ gap?: Gap; initial: Partial<GapDetails> }>()
  const [merging, setMerging] = useState<Gap>()
  const [undo, setUndo] = useState<Undo>()
  const [message, setMessage] = useState('')
  const [tag, setTag] = useState('')
  const [groupId, setGroupId] = useState('')
  const [edie, setEdie] = useState('')

  const load = useCallback(async () => {
    try {
      setGaps(await request('gaps.list', { workshopId: workshop.id }))
    } catch (failure) {
      setError(messageOf(failure))
    }
  }, [workshop.id])
  useEffect(() => {
    void load()
  }, [load])

  async function act(work: () => Promise<unknown>, said: string, next?: Undo) {
    setError(undefined)
    try {
      await work()
      setMessage(said)
      setUndo(next)
      await load()
    } catch (failure) {
      setError(messageOf(failure))
    }
  }

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
        <div className="undo-bar" role="status">
          {message}
          {undo && (
            <button type="button" className="button button--small" onClick={() => void act(undo.run, `Undone: ${undo.label}.`)}>
              Undo
            </button>
          )}
        </div>
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
          {shown.map((gap) => {
            const source = gap.sourceQuestionId ? findQuestion(pack, gap.sourceQuestionId) : undefined
            return (
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
                    <button type="button" className="button button--small" onClick={() => void act(() => request('gaps.unmerge', { id: gap.id }), `Merge undone: the ${gap.mergedFrom.length} gaps are back.`)} aria-label={`Undo merge: ${gap.title}`}>
                      Undo merge
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button--small button--danger-quiet"
                    aria-label={`Delete ${gap.title}`}
                    onClick={() => void act(() => request('gaps.delete', { id: gap.id }), `Deleted “${gap.title}”.`, { label: `deleted “${gap.title}”`, run: () => request('gaps.restore', { id: gap.id }) })}
                  >
                    Delete
                  </button>
                </div>
              </li>
            )
          })}
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
          setMessage(editing?.gap ? `Saved “${gap.title}”.` : `Gap recorded: ${gap.title}.`)
          setUndo(undefined)
          void load()
        }}
      />
      {merging && gaps && (
        <MergeDialog
          first={merging}
          gaps={gaps}
          onClose={() => setMerging(undefined)}
          onMerged={(merged) => {
            setMerging(undefined)
            setMessage(`Merged into “${merged.title}”.`)
            setUndo({ label: `merged “${merged.title}”`, run: () => request('gaps.unmerge', { id: merged.id }) })
            void load()
          }}
        />
      )}
    </div>
  )
}
