// The phone page never ships the facilitator's code: no facilitator calls (not even their types),
// nothing from the facilitator's renderer, no values from shared/ but the zod-free files for it.
import { request } from '../src/api/client' // ✗ import-x/no-restricted-paths
import type { CallName } from '../../shared/api/contract' // ✗ @typescript-eslint/no-restricted-imports
import { CALL_NAMES } from '../../shared/api/calls' // ✗ @typescript-eslint/no-restricted-imports
import { phoneStateSchema } from '../../shared/domain/room' // ✗ @typescript-eslint/no-restricted-imports
import { useQuery } from '@tanstack/react-query' // ✗ import-x/no-restricted-paths
import type { PhoneState } from '../../shared/domain/room'
import type { PhoneInput } from '../../shared/api/phone'
import { phoneContract } from '../../shared/api/phone' // ✗ @typescript-eslint/no-restricted-imports
import { PHONE_PAGE } from '../../shared/api/phoneCalls'
import { normaliseJoinCode } from '../../shared/domain/joinCode'

export type { CallName, PhoneState, PhoneInput }
export { phoneContract, request, CALL_NAMES, phoneStateSchema, useQuery, PHONE_PAGE, normaliseJoinCode }
