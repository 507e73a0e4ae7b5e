import { realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative } from 'node:path'

/**
 * Follows `path` through any symbolic links and answers with its real path when that is a file
 * inside `realRoot` (itself a real path); undefined when there is no such file; false when the path,
 * or a link on the way, leads out of the folder (a link to /etc/passwd is refused, never served).
 */
export async function realFileInside(realRoot: string, path: string): Promise<string | undefined | false> {
  const within = (candidate: string) => {
    const rest = relative(realRoot, candidate)
    return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest))
  }
  if (!within(path)) return false
  const real = await realpath(path).catch(() => undefined)
  if (real === undefined) return undefined
  if (!within(real)) return false
  return (await stat(real)).isFile() ? real : undefined
}
