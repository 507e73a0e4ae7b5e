import type { CallOutput } from '../../shared/api/contract'
import { TEAM_SCHEMA, TeamRefusal, TeamUnreachable } from '../team/library'
import { AddressProblem, parseTeamAddress } from '../team/address'
import { CallError, invalid } from './errors'
import { NOT_CONNECTED, type TeamConnection } from './teamConnection'
import type { HandlersFor } from './types'

type SettingsCalls = Pick<HandlersFor<'team'>, 'team.settings' | 'team.saveSettings' | 'team.check'>

/** Who this computer is to the team library: the role's services and partnerships, kept with the settings. */
export async function identifyRole(team: TeamConnection) {
  const identity = await team.library().identify()
  const saved = team.settings()
  if (JSON.stringify(saved.services) !== JSON.stringify(identity.services)) team.save({ ...saved, services: identity.services })
  return identity
}

/** The connection's settings (the password never leaves the credential store) and the check of what it reaches. */
export function teamSettingsHandlers(team: TeamConnection, send: () => Promise<unknown>): SettingsCalls {
  const identify = () => identifyRole(team)
  const settingsOut = (): CallOutput<'team.settings'> => {
    const saved = team.settings()
    const address = team.address()
    return {
      source: team.credentials.source,
      address: address?.display ?? (team.credentials.source === 'settings' ? saved.address : null),
      displayName: saved.displayName,
      connect: saved.connect,
      passwordSaved: team.credentials.password() !== null,
    }
  }

  return {
    'team.settings': settingsOut,

    'team.saveSettings': async ({ address, password, displayName, connect }) => {
      const saved = team.settings()
      let kept = saved.address
      if (team.credentials.source === 'settings') {
        if (address === '') kept = null
        else {
          try {
            const parsed = parseTeamAddress(address)
            if (parsed.password !== null) throw invalid('Put the password in the Password field, not in the address.', 'address')
            kept = parsed.display
          } catch (error) {
            if (error instanceof AddressProblem) throw invalid(error.message, 'address')
            throw error
          }
        }
        if (kept === null && connect) throw invalid('Enter the team library’s address to connect.', 'address')
        if (kept !== saved.address) team.credentials.forgetPassword()
        if (password !== '') {
          try {
            team.credentials.savePassword(password)
          } catch (error) {
            if (error instanceof CallError) throw error
            throw invalid(error instanceof Error ? error.message : String(error), 'password')
          }
        }
      } else if (connect && !team.credentials.environmentAddress()) {
        throw invalid('Start Common Ground with COMMON_GROUND_TEAM_URL set to the team library’s address to connect in browser mode.', 'address')
      }
      team.save({ address: kept, displayName, connect, services: kept === saved.address ? saved.services : [] })
      if (connect) {
        // Learn the role's services now if the server answers; a server away now is no reason not to save.
        await identify().catch(() => undefined)
        void send().catch(() => undefined)
      }
      return settingsOut()
    },

    'team.check': async () => {
      const none = { role: null, services: [], partnerships: [] }
      if (!team.connected()) return { state: 'off' as const, message: NOT_CONNECTED, ...none }
      try {
        const identity = await identify()
        if (identity.schema !== TEAM_SCHEMA) {
          const message = identity.schema === null
            ? 'The team library has not been set up on this database yet. Ask your council’s IT to run npm run team:setup.'
            : `The team library’s schema is ${identity.schema}; this version of Common Ground works with ${TEAM_SCHEMA}. Ask your council’s IT to run npm run team:setup.`
          return { state: 'not_set_up' as const, message, role: identity.role, services: [], partnerships: [] }
        }
        const what = [
          ...identity.services.map((service) => service.name),
          ...identity.partnerships.map((name) => `the partnership ${name}`),
        ]
        const message = what.length > 0
          ? `Connected as ${identity.role}, for ${new Intl.ListFormat('en-GB').format(what)}.`
          : `Connected as ${identity.role}, but that role is in no service or partnership yet. Ask your council’s IT to add it.`
        return { state: 'connected' as const, message, role: identity.role, services: identity.services, partnerships: identity.partnerships }
      } catch (error) {
        if (error instanceof TeamUnreachable) return { state: 'unreachable' as const, message: 'The team library is not answering. Publishing waits and retries; your work here is not affected.', ...none }
        if (error instanceof TeamRefusal) return { state: error.kind, message: error.message, ...none }
        if (error instanceof CallError) return { state: 'refused' as const, message: error.message, ...none }
        throw error
      }
    },
  }
}
