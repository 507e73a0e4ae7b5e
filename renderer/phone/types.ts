import type { PhoneState } from '../../shared/domain/room'
import type { Ballot } from '../../shared/domain/voting/settings'

export type PhoneRound = NonNullable<PhoneState['round']>

export interface BallotEditorProps {
  round: PhoneRound
  /** The ballot cast before, to start from when changing it. */
  initial: Ballot | null
  /** "Send my vote" or "Send our table’s vote". */
  sendLabel: string
  /** Sends the ballot; answers with a problem to show, or nothing when it is in. */
  onSend: (ballot: Ballot) => Promise<string | undefined>
}
