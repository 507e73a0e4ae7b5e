import type { GuideTag } from '../../shared/domain/links'
import type { Rag } from '../../shared/domain/ratings'
import type { GroupRole } from '../../shared/domain/workshop'
import type { ActionStatus } from '../../shared/domain/plan/status'

/**
 * The sample workshop: a made-up carers' forum in the fictional borough of Eastmoor. No real
 * people or services; leads are roles, not names. Two cycles, so every screen has something to show.
 */

export const SAMPLE_AREA = 'Eastmoor'

export const CYCLE_ONE = {
  title: 'Eastmoor foster carers’ forum (sample)',
  date: '2025-11-13',
  venue: 'Eastmoor Family Hub, Meeting Room 2',
  facilitators: 'Fostering service manager; participation officer',
  notes: 'First forum using the Reflective Tool. Carers asked for the report back within a week.',
}

export const CYCLE_TWO = {
  date: '2026-11-19',
  venue: 'Eastmoor Library, Community Room',
  notes: 'Second cycle: we reviewed last year’s actions first, then re-rated and voted on this year’s gaps.',
}

type Tagged<T> = T & { links: GuideTag[] }

export const CYCLE_ONE_GROUPS: Array<{ name: string; roles: GroupRole[]; headCount: number }> = [
  { name: 'Table 1 – carers', roles: ['foster_carers'], headCount: 7 },
  { name: 'Table 2 – carers', roles: ['foster_carers'], headCount: 6 },
  { name: 'Table 3 – social workers', roles: ['supervising_social_workers'], headCount: 5 },
  { name: 'Table 4 – leaders and partners', roles: ['managers_leaders', 'partner_agencies'], headCount: 5 },
]

export const CYCLE_ONE_RATINGS: Partial<Record<GuideTag, Rag>> = {
  KP1: 'amber', KP2: 'amber', KP3: 'red', KP4: 'red', KP5: 'amber', KP6: 'amber', KP7: 'red', KP8: 'red',
  R1: 'amber', R2: 'amber', R3: 'red', R4: 'red', R5: 'red', R6: 'amber', R7: 'red',
}

export const CYCLE_ONE_PRIORITIES: Array<Tagged<{ title: string; detail: string; rationale: string; aim: string; team: string; actions: Array<{ action: string; lead: string; byWhen: string; outcome: string; status: ActionStatus; update: string }> }>> = [
  {
    title: 'Out-of-hours advice for carers',
    detail: 'Carers ring the emergency duty team at night and reach people who do not know fostering.',
    links: ['KP1', 'KP4'],
    rationale: 'Both carers’ tables raised it; carers said night-time advice mattered most.',
    aim: 'Carers can get fostering advice at any hour from someone who knows fostering.',
    team: 'Out-of-hours support group',
    actions: [
      { action: 'Agree a fostering advice rota with the emergency duty team', lead: 'Head of fostering service', byWhen: '2026-03-31', outcome: 'A named fostering practitioner on call every night', status: 'complete', update: 'Rota agreed with the emergency duty team and in place since April.' },
      { action: 'Publish the out-of-hours number in the carers’ handbook and app', lead: 'Participation officer', byWhen: '2026-01-31', outcome: 'Every carer knows the number', status: 'at_risk', update: 'Handbook updated; the app change is waiting on the supplier.' },
    ],
  },
  {
    title: 'Peer support groups carers can get to',
    detail: 'The only group meets on a weekday morning in the town centre.',
    links: ['KP3', 'R7'],
    rationale: 'Carers said peer support keeps them going; the evidence for support networks and retention is promising.',
    aim: 'Peer support that working carers and carers in the villages can reach.',
    team: 'Peer support task and finish group',
    actions: [
      { action: 'Start an evening peer group in the north of the borough', lead: 'Supervising social work team manager', byWhen: '2026-04-30', outcome: 'A monthly group with at least 8 carers attending', status: 'complete', update: 'Group running since May; average attendance 11.' },
      { action: 'Train two experienced carers as peer facilitators', lead: 'Learning and development lead', byWhen: '2026-06-30', outcome: 'Groups led by carers with lived experience', status: 'complete', update: 'Two carers trained in June; they co-facilitate from January.' },
    ],
  },
]

/**
 * Cycle two carries the out-of-hours priority forward (one of its actions is open). The room did not
 * vote on it again, so its reason says why it is still there, and its open action gets a new date.
 */
export const CARRIED = {
  rationale: 'Carried forward from cycle 1: putting the out-of-hours number in the carers’ app is not finished. Not voted on again this cycle.',
  byWhen: '2027-01-31',
  update: { date: '2026-11-19', status: 'at_risk' as const, text: 'Date moved to 31 January 2027: the app supplier releases the change in January.' },
}

export const CYCLE_TWO_GROUPS: Array<{ name: string; roles: GroupRole[]; headCount: number }> = [
  { name: 'Table 1 – long-term carers', roles: ['foster_carers'], headCount: 7 },
  { name: 'Table 2 – newer carers', roles: ['foster_carers'], headCount: 6 },
  { name: 'Table 3 – kinship and short-break carers', roles: ['foster_carers', 'others'], headCount: 5 },
  { name: 'Table 4 – supervising social workers', roles: ['supervising_social_workers'], headCount: 6 },
  { name: 'Table 5 – leaders and partners', roles: ['managers_leaders', 'partner_agencies'], headCount: 5 },
]

/** Gaps named in cycle two; `groups` are indexes into CYCLE_TWO_GROUPS. */
export const CYCLE_TWO_GAPS: Array<Tagged<{ key: string; title: string; detail: string; groups: number[]; edie?: boolean; question?: string }>> = [
  { key: 'respite', title: 'Short breaks when carers need them', detail: 'Short breaks are arranged in a crisis rather than planned, and the same few carers provide them.', links: ['KP1', 'KP4'], groups: [0, 1, 2], question: 'assess-evidence-based-training-and-support-strategic-07' },
  { key: 'behaviour', title: 'Behaviour support before placements break down', detail: 'Carers are offered behaviour support only after a placement is at risk.', links: ['KP5', 'R2', 'R5'], groups: [0, 3], question: 'assess-knowing-your-foster-carers-strategic-10' },
  { key: 'induction', title: 'A first-year offer for newly approved carers', detail: 'New carers feel on their own after approval; training is generic and timed for experienced carers.', links: ['KP2', 'KP6', 'R1'], groups: [1, 3] },
  { key: 'peerFacilitators', title: 'Carer-led peer groups', detail: 'Peer groups are still led by staff; carers want to run them.', links: ['KP3', 'KP8', 'R7'], groups: [0, 1], question: 'assess-evidence-based-training-and-support-practice-05' },
  { key: 'interpreters', title: 'Interpreters and translated information for carers', detail: 'Carers whose first language is not English miss training and rely on family to translate.', links: ['KP7'], groups: [2, 4], edie: true, question: 'assess-evidence-based-training-and-support-strategic-02' },
  { key: 'outOfHours', title: 'Out-of-hours number in the carers’ app', detail: 'Carried forward from last year: the number is still not in the app.', links: ['KP1'], groups: [0] },
  { key: 'wellbeing', title: 'Time and space for carers’ own wellbeing', detail: 'Self-care is talked about but carers cannot take time off without a short break.', links: ['KP4', 'R4'], groups: [1, 2] },
  { key: 'ssw', title: 'Changes of supervising social worker', detail: 'Three carers at one table had had three supervising social workers in a year.', links: ['KP2'], groups: [0, 2] },
  { key: 'schools', title: 'Schools that understand fostering', detail: 'Carers spend hours explaining to schools what fostering means for a child.', links: ['KP1'], groups: [0, 4] },
  { key: 'sons', title: 'Support for carers’ own children', detail: 'Sons and daughters of carers have no group and are not invited to training.', links: ['KP1', 'KP7'], groups: [1] },
  { key: 'fees', title: 'Clear information about allowances and fees', detail: 'Carers cannot find how allowances are worked out or when they change.', links: ['KP7'], groups: [0, 1, 2] },
  { key: 'training', title: 'Training at times working carers can attend', detail: 'All core training is on weekday mornings.', links: ['KP6', 'KP7'], groups: [1, 2] },
  { key: 'endings', title: 'Reflective time after an unplanned ending', detail: 'After a placement ends suddenly, no one checks how the carer is.', links: ['KP4', 'KP5', 'KP8'], groups: [0, 3], question: 'assess-local-context-practice-09' },
  { key: 'nonCaring', title: 'Keeping in touch with carers between placements', detail: 'Carers without a child in placement hear nothing for months.', links: ['KP1', 'KP6'], groups: [2] },
  { key: 'equalPartners', title: 'Carers as equal partners in care planning', detail: 'Carers are asked to leave meetings before decisions are made.', links: ['KP2'], groups: [0, 1, 3], question: 'assess-local-context-practice-01' },
  { key: 'kinship', title: 'Support that fits kinship carers', detail: 'Kinship carers say the offer assumes they chose to foster.', links: ['KP6', 'KP7'], groups: [2], edie: true },
  { key: 'evidence', title: 'Staff confidence with evidence-based programmes', detail: 'Practitioners are unsure which programmes in the Guide are available locally.', links: ['R1', 'R3'], groups: [3, 4] },
  { key: 'relationships', title: 'Relationship-focused training', detail: 'Training focuses on managing behaviour rather than the relationship with the child.', links: ['KP5', 'R6'], groups: [3] },
  { key: 'data', title: 'Using exit interviews to learn', detail: 'Exit interviews happen but no one looks at the themes.', links: ['KP4'], groups: [4], question: 'assess-knowing-your-foster-carers-strategic-06' },
  { key: 'health', title: 'Quicker access to children’s mental health support', detail: 'Waiting lists mean carers manage distress alone for months.', links: ['KP1', 'KP5'], groups: [0, 3, 4] },
  { key: 'culture', title: 'Culturally responsive support', detail: 'Carers from minority communities do not see themselves in the materials or the facilitators.', links: ['KP6', 'KP7'], groups: [2, 4], edie: true },
  { key: 'mentors', title: 'Mentors for carers in their first year', detail: 'An experienced carer to call would help more than another leaflet.', links: ['KP3', 'KP8'], groups: [1] },
  { key: 'practical', title: 'Practical help at the start of a placement', detail: 'Beds, car seats and clothes arrive days after the child.', links: ['KP1'], groups: [1, 2] },
  { key: 'regional', title: 'Using the regional care cooperative', detail: 'Leaders want to share a hub model with neighbouring areas.', links: ['KP1'], groups: [4] },
  { key: 'digital', title: 'Online options for meetings and training', detail: 'Carers in the villages lose half a day to travel for a one-hour meeting.', links: ['KP6'], groups: [2, 3] },
]

/** Notes on a dozen questions, by group index. */
export const CYCLE_TWO_NOTES: Array<{ question: string; notes: Array<[number, string]> }> = [
  { question: 'assess-knowing-your-foster-carers-strategic-01', notes: [[4, '142 approved fostering households; 18 are kinship carers.']] },
  { question: 'assess-knowing-your-foster-carers-strategic-02', notes: [[2, 'Few carers from the communities most children come from.'], [4, 'Recruitment campaign in two community languages planned for spring.']] },
  { question: 'assess-knowing-your-foster-carers-strategic-06', notes: [[4, 'Exit interviews mention night-time support and feeling unheard in meetings.']] },
  { question: 'assess-knowing-your-foster-carers-strategic-10', notes: [[0, 'More teenagers with complex needs than five years ago.'], [3, 'Behaviour support is commissioned case by case, usually late.']] },
  { question: 'assess-local-context-strategic-07', notes: [[0, 'Strength: the evening peer group. Gap: short breaks.'], [1, 'New carers: lots of information at approval, little after.']] },
  { question: 'assess-local-context-practice-01', notes: [[0, 'Asked to leave looked-after reviews before decisions.'], [1, 'Some social workers ask our view; it depends who you get.'], [3, 'We could invite carers to the whole review as standard.']] },
  { question: 'assess-local-context-practice-04', notes: [[1, 'Paperwork and chasing payments.\nWaiting for a call back.'], [2, 'Travel to meetings from the villages.']] },
  { question: 'assess-local-context-practice-09', notes: [[0, 'No one rang after my last placement ended.'], [3, 'We would like a standard reflective visit within two weeks.']] },
  { question: 'assess-local-context-practice-10', notes: [[1, 'Self-care needs a break, and breaks are hard to get.'], [2, 'Short-break carers want respite too.']] },
  { question: 'assess-evidence-based-training-and-support-strategic-02', notes: [[2, 'Two carers stopped coming to training because there was no interpreter.'], [4, 'We have an interpreting contract; carers are not told they can use it.']] },
  { question: 'assess-evidence-based-training-and-support-strategic-07', notes: [[0, 'Short breaks only when things are already falling apart.'], [2, 'We would offer more short breaks with better matching.']] },
  { question: 'assess-evidence-based-training-and-support-practice-05', notes: [[0, 'Several of us would co-facilitate with some training.'], [1, 'A carer-led group would feel safer to speak in.']] },
]

export const CYCLE_TWO_RATINGS: Partial<Record<GuideTag, [Rag, string]>> = {
  KP1: ['amber', 'Out-of-hours rota helps; short breaks still reactive.'],
  KP2: ['amber', 'Depends on the social worker.'],
  KP3: ['amber', 'Evening group running; not yet carer-led.'],
  KP4: ['amber', 'Some progress on night-time support.'],
  KP5: ['amber', 'Behaviour support comes late.'],
  KP6: ['amber', 'Training times still do not suit working carers.'],
  KP7: ['red', 'Interpreting not offered; kinship carers feel the offer is not for them.'],
  KP8: ['red', 'Few chances to practise what training teaches.'],
  R1: ['amber', ''],
  R2: ['amber', 'One programme commissioned, waiting list of ten.'],
  R3: ['red', ''],
  R4: ['amber', 'Wellbeing sessions started in the summer.'],
  R5: ['red', 'No group behaviour programme yet.'],
  R6: ['amber', ''],
  R7: ['amber', 'Evening group is the start of a network.'],
}

/** Dot round on eight gaps: 3 dots each, at most 2 on one gap; values are dots per gap key, per group. */
export const DOT_ROUND = {
  gaps: ['respite', 'behaviour', 'induction', 'peerFacilitators', 'interpreters', 'wellbeing', 'equalPartners', 'health'],
  ballots: [
    { respite: 2, peerFacilitators: 1 },
    { induction: 2, respite: 1 },
    { respite: 1, interpreters: 2 },
    { behaviour: 2, induction: 1 },
    { behaviour: 1, interpreters: 1, health: 1 },
  ] as Array<Record<string, number>>,
}

/**
 * Ranked round on the top five: each group ranks its top 3. Behaviour support beats every other
 * gap head to head (Schulze), while short breaks and behaviour support tie on Borda points.
 */
export const RANKED_ROUND = {
  gaps: ['respite', 'behaviour', 'induction', 'interpreters', 'peerFacilitators'],
  ballots: [
    ['respite', 'peerFacilitators', 'induction'],
    ['induction', 'behaviour', 'respite'],
    ['respite', 'interpreters', 'behaviour'],
    ['behaviour', 'induction', 'respite'],
    ['behaviour', 'induction', 'respite'],
  ],
}

export const AGREED = [
  { key: 'behaviour', rationale: 'First on the Schulze method: it beat every other gap head to head. Strong evidence (R2).' },
  { key: 'respite', rationale: 'Top of the dot vote and tied first on Borda points; named by all three carers’ tables.' },
  { key: 'induction', rationale: 'Second on the Schulze method; newer carers asked for it most.' },
]

export const CYCLE_TWO_PLANS: Record<string, { aim: string; team: string; lead: string; members: GroupRole[]; actions: Array<{ action: string; lead: string; byWhen: string; outcome: string; measure: string; updates: Array<{ date: string; status: ActionStatus; text: string }> }> }> = {
  respite: {
    aim: 'Short breaks planned in advance and matched, not arranged in a crisis.',
    team: 'Short breaks task and finish group',
    lead: 'Fostering team manager (short breaks)',
    members: ['foster_carers', 'foster_carers', 'supervising_social_workers', 'managers_leaders'],
    actions: [
      { action: 'Recruit and approve six more short-break carers', lead: 'Recruitment lead', byWhen: '2027-06-30', outcome: 'Every carer who asks has a known short-break carer', measure: 'Number of approved short-break households', updates: [{ date: '2026-11-26', status: 'on_track', text: 'Campaign launched; eleven enquiries so far.' }] },
      { action: 'Write short breaks into every placement plan at the start', lead: 'Supervising social work team manager', byWhen: '2027-03-31', outcome: 'Short breaks planned before they are needed', measure: 'Audit of 20 placement plans', updates: [] },
      { action: 'Pilot a short-break swap between carers', lead: 'Participation officer', byWhen: '2026-10-31', outcome: 'Carers can arrange breaks with each other', measure: 'Swaps arranged in the pilot', updates: [{ date: '2026-11-19', status: 'off_track', text: 'Insurance question unresolved; pilot not started.' }] },
    ],
  },
  behaviour: {
    aim: 'Carers get evidence-based behaviour support before a placement is at risk.',
    team: 'Behaviour support task and finish group',
    lead: 'Head of fostering service',
    members: ['managers_leaders', 'supervising_social_workers', 'partner_agencies', 'foster_carers'],
    actions: [
      { action: 'Commission a group-based positive behaviour support programme from the Guide', lead: 'Commissioning manager', byWhen: '2027-04-30', outcome: 'Two groups a year open to all carers', measure: 'Places offered and completed', updates: [{ date: '2026-11-27', status: 'at_risk', text: 'Budget bid submitted; decision delayed to February.' }] },
      { action: 'Offer behaviour support at the first placement review for children aged 10 and over', lead: 'Supervising social work team manager', byWhen: '2027-02-28', outcome: 'Support starts early', measure: 'Share of first reviews with an offer recorded', updates: [{ date: '2026-12-01', status: 'on_track', text: 'Added to the review template.' }] },
    ],
  },
  induction: {
    aim: 'Newly approved carers have a first-year offer that fits their stage.',
    team: 'First-year offer task and finish group',
    lead: 'Learning and development lead',
    members: ['foster_carers', 'foster_carers', 'supervising_social_workers'],
    actions: [
      { action: 'Match each new carer with an experienced carer mentor', lead: 'Participation officer', byWhen: '2027-01-31', outcome: 'No new carer without someone to call', measure: 'Mentors matched', updates: [{ date: '2026-11-30', status: 'complete', text: 'Eight mentors matched with all new carers approved since April.' }] },
      { action: 'Run core training on evenings and Saturdays', lead: 'Learning and development lead', byWhen: '2027-03-31', outcome: 'Working carers can attend', measure: 'Attendance by working carers', updates: [] },
    ],
  },
}

export const YOU_SAID = [
  { theme: 'Coordinated network of support', youSaid: 'You could not get fostering advice at night.', weDid: 'We agreed a fostering advice rota with the emergency duty team (in place since April).', nowWeWill: 'Put the number in the carers’ app.' },
  { theme: 'Facilitated peer support', youSaid: 'Peer groups were at times working carers could not make.', weDid: 'We started an evening group in the north of the borough (11 carers come on average) and trained two carers as facilitators.', nowWeWill: 'Hand the evening group over to the carers who trained as facilitators.' },
  { theme: 'Foster carers’ own needs', youSaid: 'Short breaks only come in a crisis.', weDid: 'We made short breaks this year’s first priority.', nowWeWill: 'Recruit six short-break carers and plan breaks into every placement.' },
]
