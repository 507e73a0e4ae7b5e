import type { z } from 'zod'
import type { CallName } from './calls'
import { packsContract } from './packs'
import { workshopsContract } from './workshops'
import { groupsContract } from './groups'
import { backupsContract } from './backups'
import { agendaContract } from './agenda'
import { notesContract } from './notes'
import { offerContract } from './offer'
import { ratingsContract } from './ratings'
import { gapsContract } from './gaps'
import { votingContract } from './voting'
import { prioritiesContract } from './priorities'
import { presenterContract } from './presenter'
import { planContract } from './plan'
import { cyclesContract } from './cycles'
import { reviewContract } from './review'
import { reportContract } from './report'
import { sampleContract } from './sample'
import { workshopFileContract } from './workshopFile'
import { roomContract } from './room'
import { inboxContract } from './inbox'
import { changesContract } from './changes'
import { logContract } from './log'
import { teamContract } from './team'

/**
 * The API contract: every call the renderer can make, once. Preload, IPC registration,
 * the browser-mode HTTP host and the renderer's client are all driven from this object.
 * Each file holds the calls of one prefix (or two close ones), named as the service and the
 * store that answer them: `gaps.*` is in api/gaps.ts, services/gaps.ts and store/gaps.ts.
 */
export const contract = {
  ...packsContract,
  ...workshopsContract,
  ...groupsContract,
  ...backupsContract,
  ...agendaContract,
  ...notesContract,
  ...offerContract,
  ...ratingsContract,
  ...gapsContract,
  ...votingContract,
  ...prioritiesContract,
  ...presenterContract,
  ...planContract,
  ...cyclesContract,
  ...reviewContract,
  ...reportContract,
  ...sampleContract,
  ...workshopFileContract,
  ...roomContract,
  ...inboxContract,
  ...changesContract,
  ...logContract,
  ...teamContract,
} as const satisfies Record<CallName, ContractCall>

/**
 * A call's input and output schemas. A call whose answer can be large may add `accepts`: a
 * hand-written check of the output's own rules that is true only for a value the output schema
 * accepts and returns unchanged; dispatch takes such a value as it is and parses anything else.
 */
export interface ContractCall {
  input: z.ZodType
  output: z.ZodType
  accepts?: (value: unknown) => boolean
}

export type Contract = typeof contract
export type { CallName } from './calls'
export { CALL_NAMES, isCallName } from './calls'
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>
