import { DraftNotice } from '../../ui/DraftNotice'
import { Field } from '../../ui/Field'
import { useDraft } from '../../ui/useDraft'

interface Props {
  workshopId: string
  gapId: string
  title: string
  /** The rationale as saved. */
  saved: string
  onChange: (rationale: string) => void
  /** Called when the box is left with text that differs from the saved one; true once saved. */
  onLeave: (rationale: string) => Promise<boolean>
}

/** Why the room chose a priority: saved when the box is left, and kept locally until then. */
export function RationaleField({ workshopId, gapId, title, saved, onChange, onLeave }: Props) {
  const draft = useDraft({ workshopId, form: 'priority-rationale', recordId: gapId }, saved)
  return (
    <>
      <DraftNotice draft={draft} />
      <Field label={`Why “${title}” is a priority`} hint="Saved when you leave the box">
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={draft.value}
            onChange={(event) => {
              draft.set(event.target.value)
              onChange(event.target.value)
            }}
            onBlur={() => {
              const text = draft.value
              if (text !== saved) void onLeave(text).then((ok) => ok && draft.clear())
            }}
          />
        )}
      </Field>
    </>
  )
}
