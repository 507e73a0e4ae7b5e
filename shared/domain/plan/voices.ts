import { z } from 'zod'
import { GROUP_ROLES, groupRoleSchema, type Group } from '../workshop'

export const roleTurnoutSchema = z.object({
  role: groupRoleSchema,
  /** Groups with this role in their mix (a mixed group counts once for each of its roles). */
  groups: z.number().int(),
  /** People in those groups. */
  people: z.number().int(),
  lastGroups: z.number().int().nullable(),
  lastPeople: z.number().int().nullable(),
  /** Not in the room this cycle, or fewer groups than last cycle. */
  missing: z.boolean(),
  fewer: z.boolean(),
})
export type RoleTurnout = z.infer<typeof roleTurnoutSchema>

export const voicesSchema = z.object({
  roles: z.array(roleTurnoutSchema),
  /** Groups (by name) that took part last cycle but not this one. */
  groupsNotBack: z.array(z.string()),
  groupsNew: z.array(z.string()),
  /** EDIE-tagged questions of the workshop's pack with no notes in this workshop. */
  edieNotDiscussed: z.array(z.object({ id: z.string(), stage: z.string(), text: z.string() })),
})
export type Voices = z.infer<typeof voicesSchema>

type GroupFacts = Pick<Group, 'name' | 'roles' | 'headCount'>

function turnout(groups: readonly GroupFacts[], role: Group['roles'][number]) {
  const withRole = groups.filter((group) => group.roles.includes(role))
  return { groups: withRole.length, people: withRole.reduce((sum, group) => sum + group.headCount, 0) }
}

const key = (name: string) => name.trim().toLowerCase()

/**
 * "Whose voice is missing?" (Review question 12): who took part this cycle by role and group against
 * the last cycle, and the EDIE questions no group has discussed yet in this workshop.
 */
export function whoseVoiceIsMissing(
  current: readonly GroupFacts[],
  previous: readonly GroupFacts[] | null,
  edieQuestions: ReadonlyArray<{ id: string; stage: string; text: string }>,
  notes: ReadonlyArray<{ questionId: string; text: string }>,
): Voices {
  const roles = GROUP_ROLES.map((role) => {
    const now = turnout(current, role)
    const last = previous ? turnout(previous, role) : null
    return {
      role,
      ...now,
      lastGroups: last?.groups ?? null,
      lastPeople: last?.people ?? null,
      missing: now.groups === 0,
      fewer: last !== null && now.people < last.people,
    }
  })
  const currentNames = new Set(current.map((group) => key(group.name)))
  const previousNames = new Set((previous ?? []).map((group) => key(group.name)))
  const discussed = new Set(notes.filter((note) => note.text.trim() !== '').map((note) => note.questionId))
  return {
    roles,
    groupsNotBack: (previous ?? []).filter((group) => !currentNames.has(key(group.name))).map((group) => group.name),
    groupsNew: previous ? current.filter((group) => !previousNames.has(key(group.name))).map((group) => group.name) : [],
    edieNotDiscussed: edieQuestions.filter((question) => !discussed.has(question.id)).map(({ id, stage, text }) => ({ id, stage, text })),
  }
}
