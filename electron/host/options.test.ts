import { describe, expect, it } from 'vitest'
import { defaultDataDir, parseServeArgs, UsageError } from './options'

describe('npm run serve options', () => {
  it('reads port, data folder and --no-open, in both spellings', () => {
    expect(parseServeArgs(['--port', '0', '--data', '/tmp/cg', '--no-open'], {})).toEqual({ port: 0, dataDir: '/tmp/cg', open: false })
    expect(parseServeArgs(['--port=8080', '--data=/srv/cg'], {})).toEqual({ port: 8080, dataDir: '/srv/cg', open: true })
  })

  it('says what is wrong with a bad option', () => {
    expect(() => parseServeArgs(['--port', 'eighty'], {})).toThrow(UsageError)
    expect(() => parseServeArgs(['--port', '70000'], {})).toThrow(/0 to 65535/)
    expect(() => parseServeArgs(['--data'], {})).toThrow(/--data needs a value/)
    expect(() => parseServeArgs(['--colour'], {})).toThrow(/Unknown option/)
  })

  it('keeps data where each OS expects it, and COMMON_GROUND_DATA overrides', () => {
    expect(defaultDataDir({ COMMON_GROUND_DATA: '/data/cg' }, 'linux')).toBe('/data/cg')
    expect(defaultDataDir({ XDG_DATA_HOME: '/home/sam/.data' }, 'linux')).toBe('/home/sam/.data/common-ground')
    expect(defaultDataDir({}, 'linux')).toMatch(/\.local\/share\/common-ground$/)
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\sam\\AppData\\Roaming' }, 'win32')).toMatch(/Common Ground$/)
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Common Ground$/)
  })

  it('lets --data win over COMMON_GROUND_DATA', () => {
    expect(parseServeArgs(['--data', '/chosen'], { COMMON_GROUND_DATA: '/env' }).dataDir).toBe('/chosen')
  })
})
