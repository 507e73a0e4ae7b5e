import type { Voices as VoicesData } from '../../../../shared/domain/plan/voices'
import { GROUP_ROLE_LABELS } from '../../../../shared/domain/workshop'

const count = (groups: number, people: number) => `${groups === 1 ? '1 group' : `${groups} groups`}, ${people === 1 ? '1 person' : `${people} people`}`

/** Whose voice is missing: who took part this cycle against the last, and the EDIE questions not yet discussed. */
export function Voices({ voices, previousCycle }: { voices: VoicesData; previousCycle: number | null }) {
  return (
    <section className="panel" aria-labelledby="voices-heading">
      <h2 id="voices-heading">Whose voice is missing?</h2>
      <p className="panel__intro">A group with several roles counts once for each of them.</p>
      <div className="table-scroll">
        <table className="plan-table">
          <caption className="visually-hidden">Who took part, by role</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">This cycle</th>
              {previousCycle !== null && <th scope="col">Last cycle (cycle {previousCycle})</th>}
              <th scope="col">Notice</th>
            </tr>
          </thead>
          <tbody>
            {voices.roles.map((row) => (
              <tr key={row.role}>
                <th scope="row">{GROUP_ROLE_LABELS[row.role]}</th>
                <td>{count(row.groups, row.people)}</td>
                {previousCycle !== null && <td>{count(row.lastGroups ?? 0, row.lastPeople ?? 0)}</td>}
                <td>
                  {row.missing ? <strong className="voice-flag"><span aria-hidden="true">⚠ </span>Not in the room</strong> : row.fewer ? <strong className="voice-flag"><span aria-hidden="true">↓ </span>Fewer than last cycle</strong> : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {voices.groupsNotBack.length > 0 && <p><strong>Took part last cycle but not this one:</strong> {voices.groupsNotBack.join(', ')}.</p>}
      {voices.groupsNew.length > 0 && <p><strong>New this cycle:</strong> {voices.groupsNew.join(', ')}.</p>}
      <h3>EDIE questions not yet discussed</h3>
      {voices.edieNotDiscussed.length === 0 ? (
        <p>Every Equality, Diversity, Inclusion and Equity (EDIE) question has notes in this workshop.</p>
      ) : (
        <>
          <p>{voices.edieNotDiscussed.length} Equality, Diversity, Inclusion and Equity (EDIE) questions have no notes in this workshop yet:</p>
          <ul className="edie-list">
            {voices.edieNotDiscussed.map((question) => (
              <li key={question.id}>
                <span className="edie-list__stage">{question.stage[0]!.toUpperCase() + question.stage.slice(1)}:</span> {question.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
