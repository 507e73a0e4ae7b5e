import { STATUS_WORDS, ragChange, type ReportModel, type ReportStanding } from '../../shared/report/model'
import { EVIDENCE_WORDS } from '../../shared/report/plainWords'
import { heading, intro, labelled, nothingYet, para, ragCell, table, tagCell, type Block } from './parts'
import { PORTRAIT_WIDTH as WIDTH } from './styles'

const count = (value: number | null) => (value === null ? '—' : String(value))

export function reviewSection(model: ReportModel): Block[] {
  const review = model.review
  if (!review) return []
  const out: Block[] = [heading('Review of the last cycle', 1), para(review.intro)]
  out.push(heading('Whose voice is missing', 2))
  if (review.turnout.length === 0) out.push(nothingYet('No groups were recorded for this workshop.'))
  else {
    const last = review.previousCycle
    out.push(intro(last === null ? 'Who took part, by role. A mixed table counts under each of its roles.' : `Who took part, by role, against cycle ${last}. A mixed table counts under each of its roles.`))
    const rows = review.turnout.map((row) =>
      last === null ? [row.role, String(row.groups), String(row.people)] : [row.role, String(row.groups), String(row.people), count(row.lastGroups), count(row.lastPeople)],
    )
    out.push(
      last === null
        ? table(['Role', 'Tables', 'People'], [4, 1.5, 1.5], rows, WIDTH)
        : table(['Role', 'Tables', 'People', `Tables in cycle ${last}`, `People in cycle ${last}`], [4, 1.5, 1.5, 2, 2], rows, WIDTH),
    )
  }
  for (const sentence of review.voices) out.push(para(sentence, { style: 'AfterTable' }))
  if (review.edieNotDiscussed.length === 0) out.push(para('Every question tagged EDIE was discussed.'))
  else {
    out.push(intro(`${review.edieNotDiscussed.length === 1 ? 'This question' : `These ${review.edieNotDiscussed.length} questions`} tagged EDIE ${review.edieNotDiscussed.length === 1 ? 'was' : 'were'} not discussed in this workshop:`))
    for (const question of review.edieNotDiscussed) out.push(para(`• ${question}`, { style: 'ListLine' }))
  }
  out.push(heading('Last cycle’s actions', 2))
  if (review.actions.length === 0) return [...out, para(review.actionsIntro)]
  out.push(intro(review.actionsIntro))
  out.push(
    table(
      ['Priority', 'Action', 'What became of it', 'Status now', 'Dates'],
      [3, 4, 2, 1.8, 3],
      review.actions.map((row) => [row.priority, row.action, row.outcome, `${STATUS_WORDS[row.status].symbol} ${STATUS_WORDS[row.status].word}`, row.dates]),
      WIDTH,
    ),
  )
  return out
}

export function prioritiesSection(model: ReportModel): Block[] {
  if (!model.priorities) return []
  const out: Block[] = [heading('Agreed priorities', 1)]
  if (model.priorities.length === 0) return [...out, nothingYet('The room has not agreed priorities yet.')]
  out.push(intro('The priorities the room agreed to act on first, with the Key Principles and Recommendations of the Foster Care Practice Guide they address. A priority carried forward from the last cycle says so.'))
  out.push(
    table(
      ['No.', 'Priority', 'Key Principles and Recommendations', 'Why the room chose it'],
      [0.9, 3, 4, 4],
      model.priorities.map((priority) => [
        String(priority.position),
        `${priority.title}${priority.carriedFromCycle === null ? '' : `\nCarried forward from cycle ${priority.carriedFromCycle}`}`,
        tagCell(priority.links),
        priority.rationale || '—',
      ]),
      WIDTH,
    ),
  )
  return out
}

const standingsTable = (rows: ReportStanding[]) => table(['Place', 'Gap', 'Score'], [1, 5, 2], rows.map((row) => [row.place, row.gap, row.score]), WIDTH)

export function decisionsSection(model: ReportModel): Block[] {
  if (!model.decisions) return []
  const out: Block[] = [heading('How the room decided', 1)]
  if (model.decisions.length === 0) return [...out, nothingYet('No voting rounds were held, so there are no votes to report.')]
  for (const round of model.decisions) {
    out.push(heading(round.title, 2), labelled('Method', round.method))
    out.push(heading('Each group’s ballot', 3))
    out.push(table(['Group', 'Ballot'], [2, 6], round.ballots.map((ballot) => [ballot.group, ballot.ballot]), WIDTH))
    if (round.result.length > 0) {
      out.push(heading('Combined result', 3), standingsTable(round.result))
      for (const tie of round.ties) out.push(labelled('Tie', tie, { style: 'AfterTable' }))
    }
    for (const other of round.alsoCounted) {
      out.push(heading(`Also counted: ${other.label}`, 3), standingsTable(other.result))
      for (const tie of other.ties) out.push(labelled('Tie', tie, { style: 'AfterTable' }))
    }
    out.push(labelled('How far the groups agreed', round.consensus, { style: 'AfterTable' }))
  }
  return out
}

export function ratingsSection(model: ReportModel): Block[] {
  if (!model.ratings) return []
  const { comparedWithCycle, rows } = model.ratings
  const out: Block[] = [heading('Where the service is now', 1)]
  if (rows.length === 0) return [...out, nothingYet('No ratings were recorded, so there is nothing to show here yet.')]
  out.push(intro('The room’s agreed rating for each Key Principle and Recommendation, as a word and a symbol as well as a colour: ● Green, ▲ Amber, ■ Red.'))
  if (comparedWithCycle !== null) {
    out.push(
      table(
        ['Key Principle or Recommendation', `Cycle ${comparedWithCycle}`, 'Now', 'Change', 'Comment'],
        [4, 1.6, 1.6, 1.3, 3],
        rows.map((row) => [tagCell([row.tag]), ragCell(row.previous), ragCell(row.rating), ragChange(row.previous, row.rating) ?? '—', row.comment || '—']),
        WIDTH,
      ),
    )
  } else {
    out.push(table(['Key Principle or Recommendation', 'Rating', 'Comment'], [4.5, 1.6, 4], rows.map((row) => [tagCell([row.tag]), ragCell(row.rating), row.comment || '—']), WIDTH))
  }
  return out
}

export function offerSection(model: ReportModel): Block[] {
  const offer = model.offer
  if (!offer) return []
  const out: Block[] = [heading('Support offer and coverage', 1)]
  if (offer.items.length === 0) return [...out, para(offer.intro)]
  out.push(intro(offer.intro))
  out.push(
    table(
      ['Support', 'Kind', 'Delivered by', 'How carers take it up', 'Key Principles and Recommendations'],
      [3, 2.4, 2.4, 2.4, 3],
      offer.items.map((item) => [item.notes ? `${item.name}\n${item.notes}` : item.name, item.kind, item.deliveredBy || '—', item.takeUp || '—', tagCell(item.links, true)]),
      WIDTH,
    ),
  )
  out.push(heading('Coverage', 2))
  if (offer.uncovered.length === 0) return [...out, para(offer.coverage)]
  out.push(intro(offer.coverage))
  out.push(table(['Nothing in the offer for', 'What it says'], [1.2, 6], offer.uncovered.map((tag) => [tag.code, tag.evidence ? `${tag.words} (${EVIDENCE_WORDS[tag.evidence]})` : tag.words]), WIDTH))
  return out
}

export function recordSection(model: ReportModel): Block[] {
  const record = model.record
  if (!record) return []
  const out: Block[] = [heading('Who took part', 1)]
  if (record.groups.length === 0) out.push(nothingYet('No groups were recorded.'))
  else {
    const people = record.groups.reduce((sum, group) => sum + group.headCount, 0)
    out.push(intro(`${record.groups.length} ${record.groups.length === 1 ? 'group' : 'groups'}, ${people} ${people === 1 ? 'person' : 'people'} in all.`))
    out.push(table(['Group', 'Role mix', 'People'], [3, 5, 1.5], record.groups.map((group) => [group.name, group.roles || 'Not recorded', String(group.headCount)]), WIDTH))
  }
  if (record.notes.trim()) out.push(heading('Workshop notes', 2), ...record.notes.split('\n').filter((line) => line.trim()).map((line) => para(line.trim())))
  return out
}
