import type { Pack } from '../../../../shared/content/schema'
import { sortGuideTags, type GuideTag } from '../../../../shared/domain/links'

interface Props {
  pack: Pack
  legend: string
  value: readonly GuideTag[]
  onChange: (tags: GuideTag[]) => void
  error?: string | undefined
}

/** Tick the Key Principles and Recommendations something links to, each with its short name. */
export function GuideCheckboxes({ pack, legend, value, onChange, error }: Props) {
  const toggle = (tag: GuideTag) => onChange(sortGuideTags(value.includes(tag) ? value.filter((t) => t !== tag) : [...value, tag]))
  const row = (tag: GuideTag, shortName: string) => (
    <label key={tag} className="checkbox">
      <input type="checkbox" checked={value.includes(tag)} onChange={() => toggle(tag)} />
      <span>
        <strong>{tag}</strong> {shortName}
      </span>
    </label>
  )
  return (
    <fieldset className="guide-boxes">
      <legend>{legend}</legend>
      {error && (
        <p className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <div className="guide-boxes__columns">
        <div role="group" aria-label="Key Principles">
          {pack.keyPrinciples.map((kp) => row(kp.id, kp.shortName))}
        </div>
        <div role="group" aria-label="Recommendations">
          {pack.recommendations.map((rec) => row(rec.id, rec.shortName))}
        </div>
      </div>
    </fieldset>
  )
}

