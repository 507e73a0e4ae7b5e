import type { RoomStatus } from '../../../shared/domain/room'
import { spacedJoinCode } from '../../../shared/domain/joinCode'
import './join-card.css'

/** The quiet zone the QR standard asks for, in modules, around the code. */
const QUIET = 4

/** The room's address as a QR code (drawn from the qrcode package's modules), black on white. */
export function JoinQr({ qr, label }: { qr: NonNullable<RoomStatus['qr']>; label: string }) {
  const side = qr.size + QUIET * 2
  return (
    <svg className="join-qr" viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#ffffff" />
      <path d={qr.path} fill="#000000" />
    </svg>
  )
}

/**
 * How phones join, for the shared screen and the facilitator: scan the QR code or type the
 * address, then type the code. Large on the projector; the same words everywhere.
 */
export function JoinCard({ status, density }: { status: RoomStatus; density: 'presenter' | 'facilitator' }) {
  if (!status.open || !status.url || !status.code || !status.qr) return null
  const Heading = density === 'presenter' ? 'h1' : 'h3'
  return (
    <section className={`join-card join-card--${density}`} aria-labelledby={`join-card-${density}`}>
      <Heading id={`join-card-${density}`}>Vote from your phone</Heading>
      <div className="join-card__body">
        <JoinQr qr={status.qr} label={`QR code for ${status.url}`} />
        <ol className="join-card__steps">
          <li>
            Join this laptop’s Wi-Fi: <span className="join-card__hint">the room’s Wi-Fi or the facilitator’s hotspot (turn mobile data off)</span>
          </li>
          <li>
            Scan the code, or open
            <span className="join-card__address">{status.url}</span>
          </li>
          <li>
            Type the code
            <span className="join-card__code" aria-label={`Code ${status.code.split('').join(' ')}`}>
              {spacedJoinCode(status.code)}
            </span>
          </li>
        </ol>
      </div>
    </section>
  )
}
