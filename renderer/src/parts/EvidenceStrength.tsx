import type { Recommendation } from '../../../shared/content/schema'

const LABELS: Record<Recommendation['evidenceStrength'], string> = {
  strong: 'Strong evidence',
  good: 'Good evidence',
  promising: 'Promising evidence',
}
// Filled bars stand beside the words so strength reads without colour.
const BARS: Record<Recommendation['evidenceStrength'], string> = { strong: '●●●', good: '●●○', promising: '●○○' }

export function EvidenceStrength({ strength }: { strength: Recommendation['evidenceStrength'] }) {
  return (
    <span className={`evidence evidence--${strength}`}>
      <span aria-hidden="true" className="evidence__bars">{BARS[strength]}</span> {LABELS[strength]}
    </span>
  )
}
