import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os'
import type { Network, NetworkKind } from '../../shared/domain/room'

/**
 * The laptop's IPv4 addresses that other devices could reach, for the facilitator to choose the
 * room's network. Loopback and link-local addresses are left out. Adapters are sorted by how
 * likely they are to be the room's Wi-Fi or the facilitator's hotspot, and virtual, VPN and
 * container adapters are labelled as such (names as Windows, macOS and Linux give them).
 */
const PATTERNS: ReadonlyArray<{ kind: NetworkKind; test: RegExp }> = [
  { kind: 'container', test: /^(docker\d*|br-[0-9a-f]+|veth|cni|flannel|podman|lxc|lxd|vEthernet \((WSL|Default Switch))/i },
  { kind: 'vpn', test: /^(tun|tap|wg|utun|ppp|ipsec|tailscale|zt|nordlynx|proton)|vpn|wireguard|openvpn|anyconnect|fortinet|globalprotect/i },
  { kind: 'virtual', test: /^(vmnet|vboxnet|virbr|vnic|awdl|llw|anpi|ap\d)|virtual|vmware|hyper-v|host-only|vEthernet|loopback|npcap/i },
  // Windows names its Mobile hotspot "Local Area Connection* N"; NetworkManager's hotspot sits on 10.42.0.1.
  { kind: 'hotspot', test: /^Local Area Connection\*|^bridge1\d\d$|hotspot/i },
  { kind: 'wifi', test: /^(wl|wlan|wlp|wifi|ath|ra\d)|wi-?fi|wireless|wlan|airport/i },
  { kind: 'ethernet', test: /^(eth|en[opsx]|em\d|eno|ens|enp|Ethernet)/i },
]

/** On a Mac, en0 is the built-in Wi-Fi on laptops. */
const MAC_WIFI = /^en0$/

const ORDER: Record<NetworkKind, number> = { hotspot: 0, wifi: 1, ethernet: 2, other: 3, vpn: 4, virtual: 5, container: 6 }

const LABELS: Record<NetworkKind, string> = {
  wifi: 'Wi-Fi',
  hotspot: 'Hotspot this laptop shares',
  ethernet: 'Cable (Ethernet)',
  other: 'Network',
  vpn: 'VPN: not the room’s network',
  virtual: 'Virtual adapter: not the room’s network',
  container: 'Container network: not the room’s network',
}

export function kindOf(name: string, address: string, platform: NodeJS.Platform = process.platform): NetworkKind {
  for (const { kind, test } of PATTERNS) if (test.test(name)) return kind
  if (platform === 'darwin' && MAC_WIFI.test(name)) return 'wifi'
  if (address.startsWith('10.42.0.') || address === '192.168.137.1') return 'hotspot'
  return 'other'
}

const isLinkLocal = (address: string) => address.startsWith('169.254.')

export function listNetworks(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(), platform: NodeJS.Platform = process.platform): Network[] {
  const found = Object.entries(interfaces).flatMap(([name, infos]) =>
    (infos ?? [])
      .filter((info) => info.family === 'IPv4' && !info.internal && !isLinkLocal(info.address))
      .map((info) => {
        const kind = kindOf(name, info.address, platform)
        return { address: info.address, interfaceName: name, kind, label: `${LABELS[kind]} (${name})`, likely: false }
      }),
  )
  found.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.interfaceName.localeCompare(b.interfaceName) || a.address.localeCompare(b.address))
  const first = found[0]
  if (first && ORDER[first.kind] <= ORDER.other) first.likely = true
  return found
}
