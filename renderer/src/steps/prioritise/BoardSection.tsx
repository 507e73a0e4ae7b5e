import type { Gap } from '../../../../shared/domain/gaps'
import type { Workshop } from '../../../../shared/domain/workshop'
import { useApi } from '../../api/queries'
import { ErrorMessage } from '../../ui/Status'
import { MapBoard } from './MapBoard'
import { useBoardAxis } from '../../parts/useBoardAxis'

/** The map board with what it needs around it: the workshop's content pack and the chosen columns. */
export function BoardSection({ workshop, gaps }: { workshop: Workshop; gaps: readonly Gap[] }) {
  const pack = useApi('packs.get', workshop.pack)
  const [axis, setAxis] = useBoardAxis(workshop.id)
  if (pack.error) return <ErrorMessage>{pack.error.message}</ErrorMessage>
  if (!pack.data) return <p>Loading the board…</p>
  return <MapBoard workshopId={workshop.id} pack={pack.data} gaps={gaps} axis={axis} onAxis={setAxis} />
}
