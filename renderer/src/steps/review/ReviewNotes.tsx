import type { Pack } from '../../../../shared/content/schema'
import type { Note } from '../../../../shared/domain/notes'
import type { Group } from '../../../../shared/domain/workshop'
import { useApi } from '../../api/queries'
import { NoteEditor } from '../../parts/NoteEditor'
import { PackBox, stageItems } from '../../parts/PackBox'
import { tagDisplay, tagLabel } from '../../../../shared/content/read'
import { ErrorMessage } from '../../ui/Status'

const blank = (questionId: string, groupId: string): Note => ({ questionId, groupId, text: '', revision: 0, updatedAt: '' })

/** The Review step's questions, with each group's notes saved as you type (the same notes as Assess). */
export function ReviewNotes({ workshopId, pack, groups }: { workshopId: string; pack: Pack; groups: Group[] }) {
  const list = useApi('notes.list', { workshopId })
  const notes = list.data ? new Map(list.data.map((note) => [`${note.questionId}:${note.groupId}`, note])) : undefined
  const error = list.error?.message
  const { questions, tips } = stageItems(pack, 'review')
  return (
    <section className="panel" aria-labelledby="review-notes-heading">
      <h2 id="review-notes-heading">Review questions</h2>
      {tips.map((tip) => <PackBox key={tip.id} box={tip} />)}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {groups.length === 0 && <p className="empty">Add the groups in the room in Set-up to take notes against these questions.</p>}
      <ol className="review-questions">
        {questions.map((question) => {
          const count = groups.filter((group) => (notes?.get(`${question.id}:${group.id}`)?.text ?? '').trim() !== '').length
          return (
            <li key={question.id}>
              <details>
                <summary>
                  {question.text}{' '}
                  <span className="pack-question__tags">
                    {question.tags.map((tag) => <abbr key={tag} title={tagLabel(pack, tag)} className="pack-tag">{tagDisplay(tag)}</abbr>)}
                  </span>
                  {count > 0 && <span className="review-questions__count"> · notes from {count === 1 ? '1 group' : `${count} groups`}</span>}
                </summary>
                {notes &&
                  groups.map((group) => (
                    <NoteEditor
                      key={`${question.id}:${group.id}`}
                      workshopId={workshopId}
                      questionId={question.id}
                      group={group}
                      saved={notes.get(`${question.id}:${group.id}`) ?? blank(question.id, group.id)}
                    />
                  ))}
              </details>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
