import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { JOIN_CODE_ALPHABET, normaliseJoinCode, spacedJoinCode } from '../../shared/domain/room'
import { listNetworks } from './networks'
import { createRateLimiter } from './rateLimit'
import { newJoinCode, qrPathOf } from './room'

const info = (address: string, internal = false) => ({ address, family: 'IPv4' as const, internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: `${address}/24` })

describe('the laptop’s networks', () => {
  it('lists reachable IPv4 addresses, the likely Wi-Fi or hotspot first, and labels virtual, VPN and container adapters', () => {
    const listed = listNetworks(
      {
        lo: [info('127.0.0.1', true)],
        docker0: [info('172.17.0.1')],
        'vEthernet (WSL)': [info('172.28.16.1')],
        tailscale0: [info('100.101.1.2')],
        vboxnet0: [info('192.168.56.1')],
        eth0: [info('10.0.0.5')],
        wlan0: [info('192.168.1.20'), { ...info('fe80::1'), family: 'IPv6' as const, scopeid: 3 }],
        'Local Area Connection* 12': [info('192.168.137.1')],
        eth1: [info('169.254.10.2')],
      },
      'linux',
    )
    expect(listed.map((network) => [network.address, network.kind, network.likely])).toEqual([
      ['192.168.137.1', 'hotspot', true],
      ['192.168.1.20', 'wifi', false],
      ['10.0.0.5', 'ethernet', false],
      ['100.101.1.2', 'vpn', false],
      ['192.168.56.1', 'virtual', false],
      ['172.17.0.1', 'container', false],
      ['172.28.16.1', 'container', false],
    ])
    expect(listed[3]!.label).toBe('VPN: not the room’s network (tailscale0)')
    expect(listNetworks({ en0: [info('192.168.0.4')] }, 'darwin')[0]).toMatchObject({ kind: 'wifi', label: 'Wi-Fi (en0)', likely: true })
    // Nothing but a container network: listed, labelled, and not offered as the likely one.
    expect(listNetworks({ docker0: [info('172.17.0.1')] }, 'linux')[0]!.likely).toBe(false)
  })
})

describe('join codes', () => {
  it('are six characters without look-alikes, typed in any case with spaces', () => {
    for (let i = 0; i < 200; i += 1) expect(newJoinCode()).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`))
    for (const lookalike of '0O1IL2Z5S8B6GUVQ') expect(JOIN_CODE_ALPHABET).not.toContain(lookalike)
    expect(normaliseJoinCode(' acd-479 ')).toBe('ACD479')
    expect(spacedJoinCode('ACD479')).toBe('ACD 479')
  })
})

describe('the QR code', () => {
  it('draws exactly the dark modules of the qrcode package’s code for the address', () => {
    const url = 'http://192.168.1.20:52301/j'
    const { size, path } = qrPathOf(url)
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
    expect(size).toBe(modules.size)
    const drawn = new Set<number>()
    for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(run); i += 1) drawn.add(Number(y) * size + Number(x) + i)
    }
    const dark = [...modules.data].flatMap((on, index) => (on ? [index] : []))
    expect([...drawn].sort((a, b) => a - b)).toEqual(dark)
  })
})

describe('rate limits', () => {
  it('allow a burst, then one try per refill, per key', () => {
    let now = 0
    const limiter = createRateLimiter({ capacity: 3, perMinute: 6, now: () => now })
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false])
    expect(limiter.take('b')).toBe(true)
    expect(limiter.retryAfter('a')).toBe(10)
    now += 10_000
    expect(limiter.take('a')).toBe(true)
    expect(limiter.take('a')).toBe(false)
  })
})
