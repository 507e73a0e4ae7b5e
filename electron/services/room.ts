import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto'
import QRCode from 'qrcode'
import type { ChangeArea } from '../../shared/api/changes'
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode, PHONE_PAGE_PATH, type Network, type RoomStatus } from '../../shared/domain/room'
import type { GroupRole } from '../../shared/domain/workshop'
import { createRateLimiter } from './rateLimit'
import type { Store } from '../store'
import { CallError, existingWorkshop } from './errors'
import type { HandlersFor } from './types'
import { listNetworks } from './networks'

/** The room's own listener on the LAN (electron/lan), started and stopped by the room. */
export interface LanListener {
  port: number
  close(): Promise<void>
}
/** Starts a listener serving only the phone surface on `address`, trying `port` first (0: any). */
export type StartLanListener = (address: string, port: number) => Promise<LanListener>

/** A phone in the room. Its id is its voter id in each-person rounds; nothing about its holder is kept. */
export interface Device {
  readonly id: string
  readonly workshopId: string
  groupId: string | null
  role: GroupRole | null
  sent: number
}

export type JoinOutcome = { ok: true; token: string; device: Device } | { ok: false; reason: 'closed' | 'wrong' | 'limited'; retryAfter: number }

export const WRONG_CODE = 'That code is not the one on the shared screen. Check it and try again: it has six letters and numbers.'
export const ROOM_CLOSED = 'The facilitator has closed the room, so phones cannot join it now.'

/** Five wrong codes a minute from one address: with 64 million codes, guessing would take decades. */
const JOIN_TRIES = { capacity: 5, perMinute: 5 }
/** Ballots (with changes of mind) and seat changes from one phone. */
const WRITES = { capacity: 20, perMinute: 30 }
/** Gaps and notes from one phone. */
const MESSAGES = { capacity: 5, perMinute: 6 }

const hashOf = (token: string) => createHash('sha256').update(token).digest()

export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join('')
}

/** The address as a QR code: one SVG path of the dark modules, a row's runs merged (no quiet zone: the page adds it). */
export function qrPathOf(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const { size, data } = modules
  let path = ''
  for (let y = 0; y < size; y += 1) {
    let x = 0
    while (x < size) {
      if (!data[y * size + x]) {
        x += 1
        continue
      }
      const start = x
      while (x < size && data[y * size + x]) x += 1
      path += `M${start} ${y}h${x - start}v1h-${x - start}z`
    }
  }
  return { size, path }
}

export interface RoomOptions {
  /** Starts the LAN listener; without it (unit tests, tools) the room cannot open. */
  listen?: StartLanListener
  /** The networks the room may open on (the laptop's own, by default). */
  networks?: () => Network[]
  /** Told of every change phones make to the room, for the change stream. */
  publish?: (workshopId: string, areas: readonly ChangeArea[]) => void
  now?: () => number
  log?: (message: string) => void
}

/**
 * The room, in memory: open on one address for one workshop at a time, its join code, and the
 * phones in it. Closing it (or quitting) ends every phone's session; the votes they cast stay.
 */
export function createRoom({ listen, networks = () => listNetworks(), publish = () => undefined, now = Date.now, log = (message) => console.error(message) }: RoomOptions = {}) {
  let open: { workshopId: string; address: string; listener: LanListener; code: string; openedAt: string } | undefined
  /** The last port used, tried again on reopening so a phone's saved address keeps working. */
  let lastPort = 0
  const devices = new Map<string, Device>()
  const joinTries = createRateLimiter({ ...JOIN_TRIES, now })
  const writes = createRateLimiter({ ...WRITES, now })
  const messages = createRateLimiter({ ...MESSAGES, now })
  const closeListeners = new Set<() => void>()
  let opening: Promise<unknown> | undefined

  const endSessions = () => {
    devices.clear()
    writes.clear()
    messages.clear()
    for (const listener of closeListeners) {
      try {
        listener()
      } catch (error) {
        log(`A phone stream did not close cleanly: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }

  const room = {
    networks,

    isOpenFor: (workshopId: string) => open?.workshopId === workshopId,
    openWorkshop: () => open?.workshopId,
    /** Where the listener is bound, for its Host and Origin checks. */
    bound: () => (open ? { address: open.address, port: open.listener.port } : undefined),

    status(workshopId: string, titleOf: (id: string) => string): RoomStatus {
      if (!open || open.workshopId !== workshopId) {
        return {
          open: false,
          elsewhere: open ? { workshopId: open.workshopId, title: titleOf(open.workshopId) } : null,
          address: null, port: null, url: null, code: null, qr: null, phones: 0, phonesByGroup: {}, openedAt: null,
        }
      }
      const url = `http://${open.address}:${open.listener.port}${PHONE_PAGE_PATH}`
      const byGroup: Record<string, number> = {}
      for (const device of devices.values()) if (device.groupId) byGroup[device.groupId] = (byGroup[device.groupId] ?? 0) + 1
      return { open: true, elsewhere: null, address: open.address, port: open.listener.port, url, code: open.code, qr: qrPathOf(url), phones: devices.size, phonesByGroup: byGroup, openedAt: open.openedAt }
    },

    async open(workshopId: string, address: string, titleOf: (id: string) => string): Promise<void> {
      if (opening) await opening.catch(() => undefined)
      if (open?.workshopId === workshopId && open.address === address) return
      if (open && open.workshopId !== workshopId) {
        throw new CallError('conflict', `Phones are joined to “${titleOf(open.workshopId)}”. Close that room first, from its Prioritise step.`, { workshopId: 'Another workshop’s room is open.' })
      }
      if (!listen) throw new CallError('conflict', 'Phones cannot join in this mode of Common Ground.')
      if (!networks().some((network) => network.address === address)) {
        throw new CallError('invalid', 'That network is not on this laptop any more (Wi-Fi changed?). Choose one from the list again.', { address: 'Choose one of the networks listed.' })
      }
      // Moving to another network: the old listener goes, and phones join again on the new address.
      if (open) await room.close()
      const start = async () => {
        try {
          return await listen(address, lastPort)
        } catch (error) {
          if (lastPort === 0) throw error
          return listen(address, 0)
        }
      }
      const work = start().then(
        (listener) => {
          lastPort = listener.port
          open = { workshopId, address, listener, code: newJoinCode(), openedAt: new Date(now()).toISOString() }
        },
        (error: unknown) => {
          log(`The room could not listen on ${address}: ${error instanceof Error ? error.message : String(error)}`)
          throw new CallError('conflict', `Common Ground could not listen on ${address}. Choose another network, or check the laptop is still connected to it.`, { address: 'Could not listen on this network.' })
        },
      )
      opening = work
      try {
        await work
      } finally {
        opening = undefined
      }
    },

    /** Stops listening and ends every phone's session. */
    async close(): Promise<void> {
      const was = open
      open = undefined
      endSessions()
      joinTries.clear()
      if (was) await was.listener.close()
    },

    newCode(): void {
      if (open) open.code = newJoinCode()
    },

    /** A phone's try with a code: a new device and its token, or why not. Wrong codes count against its address. */
    join(typed: string, clientAddress: string): JoinOutcome {
      if (!open) return { ok: false, reason: 'closed', retryAfter: 0 }
      if (joinTries.blocked(clientAddress)) return { ok: false, reason: 'limited', retryAfter: joinTries.retryAfter(clientAddress) }
      const given = Buffer.from(normaliseJoinCode(typed))
      const expected = Buffer.from(open.code)
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        joinTries.take(clientAddress)
        return { ok: false, reason: joinTries.blocked(clientAddress) ? 'limited' : 'wrong', retryAfter: joinTries.retryAfter(clientAddress) }
      }
      const token = randomBytes(32).toString('base64url')
      const device: Device = { id: randomUUID(), workshopId: open.workshopId, groupId: null, role: null, sent: 0 }
      devices.set(hashOf(token).toString('base64url'), device)
      publish(device.workshopId, ['room', 'rounds'])
      return { ok: true, token, device }
    },

    /** The device a token names, while the room is open. */
    device(token: string | undefined): Device | undefined {
      if (!open || !token || token.length > 100) return undefined
      return devices.get(hashOf(token).toString('base64url'))
    },

    seat(device: Device, groupId: string, role: GroupRole | null): void {
      device.groupId = groupId
      device.role = role
      publish(device.workshopId, ['room', 'rounds'])
    },

    /** Whether this phone may write now: ballots and seats share one allowance, messages have their own. */
    allow(device: Device, kind: 'write' | 'message'): { ok: boolean; retryAfter: number } {
      const limiter = kind === 'write' ? writes : messages
      return limiter.take(device.id) ? { ok: true, retryAfter: 0 } : { ok: false, retryAfter: limiter.retryAfter(device.id) }
    },

    /** Voter ids of the phones at tables in this workshop's room (RoomPeople, for each-person rounds). */
    joined(workshopId: string): string[] {
      if (open?.workshopId !== workshopId) return []
      return [...devices.values()].filter((device) => device.groupId !== null).map((device) => device.id)
    },

    /** Called when the room closes (phone streams end). */
    onClose(listener: () => void): () => void {
      closeListeners.add(listener)
      return () => closeListeners.delete(listener)
    },
  }
  return room
}
export type PhoneRoom = ReturnType<typeof createRoom>

/** The facilitator's calls for the room: its networks, opening, closing and a new code. */
export function roomHandlers(room: PhoneRoom, store: Store): HandlersFor<'room'> {
  const titleOf = (id: string) => store.workshops.get(id)?.title ?? 'another workshop'
  return {
    'room.networks': () => room.networks(),
    'room.status': ({ workshopId }) => {
      existingWorkshop(store, workshopId, 'workshopId')
      return room.status(workshopId, titleOf)
    },
    'room.open': async ({ workshopId, address }) => {
      existingWorkshop(store, workshopId, 'workshopId')
      await room.open(workshopId, address, titleOf)
      return room.status(workshopId, titleOf)
    },
    'room.close': async ({ workshopId }) => {
      if (room.isOpenFor(workshopId)) await room.close()
      return room.status(workshopId, titleOf)
    },
    'room.newCode': ({ workshopId }) => {
      if (!room.isOpenFor(workshopId)) throw new CallError('conflict', 'The room is not open, so it has no code to change.')
      room.newCode()
      return room.status(workshopId, titleOf)
    },
  }
}
