import type { Pack } from '../../../../shared/content/schema'
import { Dialog } from '../../ui/Dialog'
import { EvidenceStrength } from '../../parts/EvidenceStrength'

interface Props {
  pack: Pack | undefined
  error: string | undefined
  open: boolean
  onClose: () => void
}

/** The Key Principles and Recommendations, word for word, one keypress away on every screen. */
export function ReferencePanel({ pack, error, open, onClose }: Props) {
  return (
    <Dialog title="Key Principles and Recommendations" open={open} onClose={onClose} className="dialog--sheet">
      {error && <p role="alert">{error}</p>}
      {pack && (
        <div className="reference">
          <p className="reference__source">
            From the {pack.title}. Content © {pack.guide.publisher}.{' '}
            <a href={pack.guide.url} target="_blank" rel="noreferrer noopener">
              {pack.guide.title} (opens in your browser)
            </a>
          </p>
          <section aria-labelledby="kp-heading">
            <h3 id="kp-heading">Key Principles</h3>
            <dl className="reference__list">
              {pack.keyPrinciples.map((kp) => (
                <div key={kp.id} className="reference__item">
                  <dt>
                    <span className="tag-chip tag-chip--kp">{kp.id}</span> {kp.shortName}
                  </dt>
                  <dd>{kp.text}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="rec-heading">
            <h3 id="rec-heading">Recommendations</h3>
            <dl className="reference__list">
              {pack.recommendations.map((rec) => (
                <div key={rec.id} className="reference__item">
                  <dt>
                    <span className="tag-chip tag-chip--rec">{rec.id}</span> {rec.shortName} <EvidenceStrength strength={rec.evidenceStrength} />
                  </dt>
                  <dd>{rec.text}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      )}
    </Dialog>
  )
}
