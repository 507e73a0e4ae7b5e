import { z } from 'zod'
import type { GroupRole } from '../workshop'

/**
 * Which side of the "do carers and professionals rank differently?" comparison a group sits on,
 * from the roles recorded for it (head counts per role are not recorded, so this is by presence):
 * - carers: foster carers present and no professional role (others, such as birth children, may sit with them);
 * - professionals: at least one professional role and no foster carers;
 * - mixed: foster carers and professionals at the same table (counted in neither side);
 * - not recorded: no roles, or only "others".
 */
export const ROLE_MIXES = ['carers', 'professionals', 'mixed', 'not_recorded'] as const
export const roleMixSchema = z.enum(ROLE_MIXES)
export type RoleMix = z.infer<typeof roleMixSchema>

export const PROFESSIONAL_ROLES: readonly GroupRole[] = ['supervising_social_workers', 'managers_leaders', 'partner_agencies']

export const ROLE_MIX_LABELS: Record<RoleMix, string> = {
  carers: 'Carers’ groups',
  professionals: 'Professionals’ groups',
  mixed: 'Mixed groups',
  not_recorded: 'Groups with no roles recorded',
}

export const ROLE_MIX_RULE =
  'A carers’ group has foster carers and no social workers, managers or partner agencies; a professionals’ group has at least one of those and no foster carers. Mixed groups, and groups with no roles recorded, are left out of this comparison.'

export function roleMix(roles: readonly GroupRole[]): RoleMix {
  const carers = roles.includes('foster_carers')
  const professionals = roles.some((role) => PROFESSIONAL_ROLES.includes(role))
  if (carers && professionals) return 'mixed'
  if (carers) return 'carers'
  if (professionals) return 'professionals'
  return 'not_recorded'
}

/** The same two sides in an each-person round, where each person chose their own role on a phone. */
export const PERSON_MIX_LABELS: Record<RoleMix, string> = {
  carers: 'Foster carers',
  professionals: 'Professionals',
  mixed: 'Mixed',
  not_recorded: 'No role given',
}

export const PERSON_MIX_RULE =
  'Each person counts on the side of the role they chose on their phone: foster carers on one side; supervising social workers, managers and leaders and partner agencies on the other. People who chose another role, or none, are left out of this comparison.'
