import type { CallName, CallOutput, ParsedInput } from '../../shared/api/contract'

export type Handler<K extends CallName> = (input: ParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>>

/** One handler per contract call; the compiler refuses a missing one. */
export type Handlers = { [K in CallName]: Handler<K> }

/** Calls built on top of the others (they read and write through them). */
export type DerivedCall = 'report.docx' | 'report.briefing' | 'report.csv' | 'sample.create' | 'workshopFile.export' | 'workshopFile.import' | TeamCall
/** The team library's calls publish and get through the workshop file's export and import. */
export type TeamCall = Extract<CallName, `team.${string}`>
export type BaseHandlers = Omit<Handlers, DerivedCall>

/** The handlers of one domain area (one service file). */
export type HandlersFor<Prefix extends string> = {
  [K in CallName as K extends `${Prefix}.${string}` ? K : never]: Handler<K>
}

export interface Clock {
  now(): Date
}
export const systemClock: Clock = { now: () => new Date() }
