import { describe, expect, it } from 'vitest'
import { AddressProblem, clientConfig, parseTeamAddress } from './address'

describe('a team library’s address', () => {
  it('is reached over TLS with the certificate checked, except on this computer', () => {
    const remote = parseTeamAddress('postgres://jo@db.northvale.gov.uk/common_ground')
    expect(remote).toMatchObject({ host: 'db.northvale.gov.uk', port: 5432, database: 'common_ground', user: 'jo', local: false, password: null })
    expect(clientConfig(remote, 'secret').ssl).toEqual({ rejectUnauthorized: true })
    expect(clientConfig(parseTeamAddress('postgres://jo@127.0.0.1:6543/cg'), null).ssl).toBe(false)
    expect(clientConfig(parseTeamAddress('postgres://jo@localhost/cg?sslmode=require'), null).ssl).toEqual({ rejectUnauthorized: true })
    for (const mode of ['disable', 'allow', 'prefer']) {
      expect(() => parseTeamAddress(`postgres://jo@db.northvale.gov.uk/cg?sslmode=${mode}`)).toThrow(/only over TLS/)
    }
    expect(parseTeamAddress('postgres://jo@localhost/cg?sslmode=disable').local).toBe(true)
  })

  it('keeps the password out of what it shows and keeps', () => {
    const address = parseTeamAddress('postgresql://jo:s%40cret@db.example.gov.uk:5433/cg')
    expect(address.password).toBe('s@cret')
    expect(address.display).toBe('postgresql://jo@db.example.gov.uk:5433/cg')
  })

  it('says plainly what is missing or wrong', () => {
    const problem = (text: string) => {
      try {
        parseTeamAddress(text)
      } catch (error) {
        expect(error).toBeInstanceOf(AddressProblem)
        return (error as Error).message
      }
      throw new Error('accepted')
    }
    expect(problem('db.example.gov.uk')).toMatch(/postgres:\/\//)
    expect(problem('https://jo@db.example.gov.uk/cg')).toMatch(/starts with postgres/)
    expect(problem('postgres://db.example.gov.uk/cg')).toMatch(/role name/)
    expect(problem('postgres://jo@db.example.gov.uk')).toMatch(/database/)
    expect(problem('postgres://jo@db.example.gov.uk/cg?options=-c')).toMatch(/does not use the setting/)
  })
})
