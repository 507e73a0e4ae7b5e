/** The row under a form: Cancel (when the form can be dismissed) and the submit button. */
export function FormActions({ submitLabel, busy = false, onCancel }: { submitLabel: string; busy?: boolean; onCancel?: (() => void) | undefined }) {
  return (
    <div className="actions">
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {submitLabel}
      </button>
    </div>
  )
}
