import { useCallback, useEffect, useState } from 'react'
import type { CallInput, CallName, CallOutput } from '../../../shared/api'
import { request } from './client'

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; value: T }

/** Loads one call's answer for a screen, and reloads it on demand (after a change). */
export function useCall<K extends CallName>(name: K, input: CallInput<K>): [Loaded<CallOutput<K>>, () => Promise<void>] {
  const key = JSON.stringify(input)
  const [loaded, setLoaded] = useState<Loaded<CallOutput<K>>>({ state: 'loading' })
  const reload = useCallback(async () => {
    try {
      const value = await request(name, JSON.parse(key) as CallInput<K>)
      setLoaded({ state: 'ready', value })
    } catch (error) {
      setLoaded({ state: 'error', message: error instanceof Error ? error.message : String(error) })
    }
  }, [name, key])
  useEffect(() => {
    void reload()
  }, [reload])
  return [loaded, reload]
}
