import { formatUkDate, todayIso } from '../../../../shared/domain/dates'
import type { Action } from '../../../../shared/domain/plan/action'
import { isOverdue } from '../../../../shared/domain/plan/status'
import { OverdueFlag, StatusBadge } from '../../parts/StatusBadge'

interface Props {
  caption: string
  actions: readonly Action[]
  onEdit?: (action: Action) => void
  onRemove?: (action: Action) => void
}

/** The action plan as local plans print it: one row per action, status in words and symbols. */
export function ActionsTable({ caption, actions, onEdit, onRemove }: Props) {
  const today = todayIso()
  if (actions.length === 0) return <p className="empty">No actions yet.</p>
  return (
    <div className="table-scroll">
      <table className="plan-table plan-table--actions">
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col className="plan-table__col--action" />
          <col />
          <col className="plan-table__col--date" />
          <col />
          <col />
          <col className="plan-table__col--status" />
          {(onEdit || onRemove) && <col className="plan-table__col--buttons" />}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Lead owner</th>
            <th scope="col">By when</th>
            <th scope="col">Outcome or impact sought</th>
            <th scope="col">How it will be measured</th>
            <th scope="col">Status</th>
            {(onEdit || onRemove) && <th scope="col"><span className="visually-hidden">Changes</span></th>}
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id} className={isOverdue(action, today) ? 'plan-table__row--overdue' : undefined}>
              <th scope="row">{action.action}</th>
              <td>{action.lead}</td>
              <td>
                <span className="plan-table__date">{formatUkDate(action.byWhen)}</span>
                {isOverdue(action, today) && <> <OverdueFlag /></>}
              </td>
              <td>{action.outcome || '—'}</td>
              <td>{action.measure || '—'}</td>
              <td><StatusBadge status={action.status} /></td>
              {(onEdit || onRemove) && (
                <td className="plan-table__buttons">
                  {onEdit && <button type="button" className="button" onClick={() => onEdit(action)} aria-label={`Edit ${action.action}`}>Edit</button>}
                  {onRemove && <button type="button" className="button button--danger-quiet" onClick={() => onRemove(action)} aria-label={`Remove ${action.action}`}>Remove</button>}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
