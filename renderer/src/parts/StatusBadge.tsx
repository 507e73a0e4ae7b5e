import { ACTION_STATUSES, STATUS_WORDS, type ActionStatus } from '../../../shared/domain/plan/status'
import './plan.css'

/** Status as word, symbol and colour together: never colour alone. */
export function StatusBadge({ status }: { status: ActionStatus }) {
  const { word, symbol } = STATUS_WORDS[status]
  return (
    <span className={`status status--${status}`}>
      <span aria-hidden="true" className="status__symbol">{symbol}</span> {word}
    </span>
  )
}

export function OverdueFlag() {
  return (
    <span className="flag-overdue">
      <span aria-hidden="true">⚑ </span>Overdue
    </span>
  )
}

export function StatusOptions() {
  return (
    <>
      {ACTION_STATUSES.map((status) => (
        <option key={status} value={status}>
          {STATUS_WORDS[status].symbol} {STATUS_WORDS[status].word}
        </option>
      ))}
    </>
  )
}
