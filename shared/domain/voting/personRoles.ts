import type { GroupRole } from '../workshop'

/**
 * A role as one person says it on a phone (a table's roles are plural: "Foster carers"). Kept free
 * of zod so the phone page can show them without shipping schemas.
 */
export const PERSON_ROLE_LABELS: Record<GroupRole, string> = {
  foster_carers: 'Foster carer',
  supervising_social_workers: 'Supervising social worker',
  managers_leaders: 'Manager or leader',
  partner_agencies: 'Partner agency',
  others: 'Something else',
}

/** The roles in the order a phone offers them. */
export const PERSON_ROLES = Object.keys(PERSON_ROLE_LABELS) as GroupRole[]
