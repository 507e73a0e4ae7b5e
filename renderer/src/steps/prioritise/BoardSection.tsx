import type { Gap } from '../../../../shared/domain/gaps'
import type { Workshop } from '../../../../shared/domain/workshop'
import { useCall } from '../../api/useCall'
import { ErrorMessage } from '../../ui/Status'
import { MapBoard } from './MapBoard'
import { useBoardAxis } from '../../parts/useBoardAxis'

/** The map board with what it needs around it: the workshop's content pack and the chosen columns. */
export function BoardSection({ workshop, gaps, onGapSaved }: { workshop: Workshop; gaps: readonly Gap[]; onGapSaved: (gap: Gap) => void }) {
  const [pack] = useCall('packs.get', workshop.pack)
  const [axis, setAxis] = useBoardAxis(workshop.id)
  if (pack.state === 'error') return <ErrorMessage>{pack.message}</ErrorMessage>
  if (pack.state === 'loading') return <p>Loading the board…</p>
  return <MapBoard pack={pack.value} gaps={gaps} axis={axis} onAxis={setAxis} onGapSaved={onGapSaved} />
}
