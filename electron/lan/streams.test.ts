import { Agent, request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleDetails, tempDir } from '../../tests/fixtures/app'
import { startHostProcess } from '../../tests/fixtures/host'
import { phone } from '../../tests/fixtures/phones'

/**
 * Phones' change streams against the real host in its own process (the room open on loopback,
 * COMMON_GROUND_ROOM_ON_LOOPBACK=1): the laptop hears of a phone that has gone only when its
 * network says so, and whatever it writes meanwhile must never bring the host down.
 */
let dir: ReturnType<typeof tempDir>
let host: Awaited<ReturnType<typeof startHostProcess>>

beforeAll(async () => {
  dir = tempDir()
  host = await startHostProcess(dir.path, { env: { ...process.env, COMMON_GROUND_ROOM_ON_LOOPBACK: '1' } })
}, 60_000)
afterAll(() => {
  host?.child.kill('SIGKILL')
  dir?.remove()
})

async function call<T = Record<string, unknown>>(name: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.base}api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-common-ground-token': host.token }, body: JSON.stringify(input) })
  const answer = (await response.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!answer.ok) throw new Error(`${name}: ${answer.error?.message}`)
  return answer.value
}

describe('phones’ change streams on the real host', () => {
  it('keeps running when the room closes just as many phones drop their streams', async () => {
    const workshop = await call<{ id: string }>('workshops.create', sampleDetails)
    const table = await call<{ id: string }>('groups.add', { workshopId: workshop.id, details: { name: 'Table 1', roles: [], headCount: 40 } })
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const room = await call<{ port: number; code: string }>('room.open', { workshopId: workshop.id, address: '127.0.0.1' })
      const origin = `http://127.0.0.1:${room.port}`
      // Kept alive, as a phone's browser keeps its connection.
      const agent = new Agent({ keepAlive: true })
      const streams = await Promise.all(
        Array.from({ length: 30 }, async () => {
          const device = phone(origin)
          await device.ok('phone.join', { code: room.code })
          await device.ok('phone.seat', { groupId: table.id, role: null })
          return new Promise<ReturnType<typeof request>>((resolve, reject) => {
            const req = request(`${origin}/j/changes`, { headers: { cookie: device.cookie }, agent }, (res) => res.once('data', () => resolve(req)))
            req.on('error', () => undefined)
            req.once('error', reject)
            req.end()
          })
        }),
      )
      // Every phone goes at once (screens locked, Wi-Fi lost) as the facilitator closes the room.
      for (const stream of streams) stream.destroy()
      await call('room.close', { workshopId: workshop.id })
      agent.destroy()
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(host.child.exitCode).toBeNull()
    }
    expect((await call<{ open: boolean }>('room.status', { workshopId: workshop.id })).open).toBe(false)
  }, 60_000)
})
