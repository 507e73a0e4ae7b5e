import type { ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CALL_NAMES } from '../../shared/api/calls'
import { sampleDetails, tempDir } from '../../tests/fixtures/app'
import { startHostProcess } from '../../tests/fixtures/host'
import { clientInside, createTestNetwork, type TestNetwork } from '../../tests/fixtures/netns'
import { phone, type Sender } from '../../tests/fixtures/phones'

/**
 * The room across a real (virtual) network: the host runs inside a "laptop" namespace of this
 * test's own, and is reached only from a "phone" namespace over a veth pair. The facilitator's
 * calls come from inside the laptop (its 127.0.0.1), as the facilitator's window would.
 */
let network: TestNetwork
let dir: ReturnType<typeof tempDir>
let host: { child: ChildProcess; base: string; token: string }
let facilitator: ReturnType<typeof clientInside>
let phoneSide: ReturnType<typeof clientInside>

beforeAll(async () => {
  network = createTestNetwork()
  dir = tempDir()
  try {
    host = await startHostProcess(dir.path, { inside: network.inside(network.laptop) })
    facilitator = clientInside(network, network.laptop)
    phoneSide = clientInside(network, network.phone)
  } catch (error) {
    network.remove()
    throw error
  }
}, 60_000)

afterAll(() => {
  facilitator?.stop()
  phoneSide?.stop()
  host?.child.kill('SIGKILL')
  network.remove()
  dir.remove()
})

async function call<T = Record<string, unknown>>(name: string, input: unknown): Promise<T> {
  const answer = await facilitator.send(`${host.base}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-common-ground-token': host.token },
    body: JSON.stringify(input),
  })
  if (!answer.json?.ok) throw new Error(`${name}: ${answer.text}`)
  return answer.json.value as T
}

const refusal = (send: Sender, url: string) => send(url).then(
  (answer) => `answered ${answer.status}`,
  (error: Error) => error.message,
)

describe('the room on a real virtual network', () => {
  it('keeps the facilitator’s 127.0.0.1 listener out of the phone’s reach, and opens a LAN listener only while the room is open', async () => {
    const port = new URL(host.base).port
    // The phone has its own loopback: the laptop's is not there, and the host never listens on the LAN address.
    expect(await refusal(phoneSide.send, `http://127.0.0.1:${port}/`)).toBe('ECONNREFUSED')
    expect(await refusal(phoneSide.send, `http://${network.laptopAddress}:${port}/`)).toBe('ECONNREFUSED')
    // From inside the laptop it answers.
    expect(await call('library.status', {})).toMatchObject({ state: 'ok' })

    const workshop = await call<{ id: string }>('workshops.create', sampleDetails)
    const networks = await call<Array<{ address: string; kind: string; label: string }>>('room.networks', {})
    const veth = networks.find((candidate) => candidate.address === network.laptopAddress)
    // The only adapter besides loopback, so the one offered first.
    expect(veth).toMatchObject({ kind: 'other', likely: true })
    expect(veth!.label).toMatch(/^Network \(cgl\d+\)$/)

    const status = await call<{ port: number; code: string; url: string }>('room.open', { workshopId: workshop.id, address: network.laptopAddress })
    expect(status.url).toBe(`http://${network.laptopAddress}:${status.port}/j`)
    const origin = `http://${network.laptopAddress}:${status.port}`
    const table = await call<{ id: string }>('groups.add', { workshopId: workshop.id, details: { name: 'Table 1', roles: [], headCount: 4 } })
    const device = phone(origin, { via: phoneSide.send })
    const joined = await device.ok('phone.join', { code: status.code })
    expect(joined.workshopTitle).toBe(sampleDetails.title)
    expect((await device.ok('phone.seat', { groupId: table.id, role: 'foster_carers' })).seat.groupName).toBe('Table 1')
    // The facilitator's 127.0.0.1 listener is still unreachable from the phone with the room open.
    expect(await refusal(phoneSide.send, `http://127.0.0.1:${port}/`)).toBe('ECONNREFUSED')
    expect(await refusal(phoneSide.send, `http://${network.laptopAddress}:${port}/`)).toBe('ECONNREFUSED')

    await call('room.close', { workshopId: workshop.id })
    expect(await refusal(phoneSide.send, `${origin}/j`)).toBe('ECONNREFUSED')
  })

  it('refuses every facilitator call there, even with the facilitator’s token, and keeps to its Host and Origin', async () => {
    const workshop = await call<{ id: string }>('workshops.create', { ...sampleDetails, title: 'Second forum' })
    const status = await call<{ port: number; code: string }>('room.open', { workshopId: workshop.id, address: network.laptopAddress })
    const origin = `http://${network.laptopAddress}:${status.port}`
    try {
      for (const name of CALL_NAMES) {
        const answer = await phoneSide.send(`${origin}/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-common-ground-token': host.token, origin },
          body: '{}',
        })
        expect([name, answer.status]).toEqual([name, 404])
      }
      expect((await phoneSide.send(`${origin}/?token=${host.token}`)).status).toBe(302)
      expect((await phoneSide.send(`${origin}/index.html`)).status).toBe(404)
      const join = (headers: Record<string, string>) =>
        phoneSide.send(`${origin}/j/api/phone.join`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ code: status.code }) })
      expect((await join({ host: `127.0.0.1:${status.port}` })).status).toBe(421)
      expect((await join({ host: `common-ground.example:${status.port}` })).status).toBe(421)
      expect((await join({ origin: `http://${network.phoneAddress}` })).status).toBe(403)
      expect((await join({ origin })).status).toBe(200)
    } finally {
      await call('room.close', { workshopId: workshop.id })
    }
  })

  it('limits wrong join codes per phone address, not for the phone beside it', async () => {
    const workshop = await call<{ id: string }>('workshops.create', { ...sampleDetails, title: 'Third forum' })
    const status = await call<{ port: number; code: string }>('room.open', { workshopId: workshop.id, address: network.laptopAddress })
    const origin = `http://${network.laptopAddress}:${status.port}`
    try {
      const guesser = phone(origin, { via: phoneSide.send })
      const neighbour = phone(origin, { via: phoneSide.sendFrom(network.secondPhoneAddress) })
      const wrong = status.code === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA'
      const codes: number[] = []
      for (let i = 0; i < 7; i += 1) codes.push((await guesser.call('phone.join', { code: wrong })).status)
      expect(codes.slice(0, 4)).toEqual([400, 400, 400, 400])
      expect(codes.slice(5)).toEqual([429, 429])
      expect((await guesser.call('phone.join', { code: status.code })).status).toBe(429)
      expect((await neighbour.call('phone.join', { code: status.code })).status).toBe(200)
    } finally {
      await call('room.close', { workshopId: workshop.id })
    }
  })
})
