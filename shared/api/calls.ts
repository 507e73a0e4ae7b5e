/**
 * The names of every contract call. Kept free of zod so the sandboxed preload can use it
 * without bundling schemas; `contract` must define exactly these (the compiler checks).
 */
export const CALL_NAMES = [
  'packs.list',
  'packs.get',
  'workshops.list',
  'workshops.get',
  'workshops.create',
  'workshops.update',
  'workshops.delete',
  'groups.list',
  'groups.add',
  'groups.update',
  'groups.reorder',
  'groups.remove',
  'library.status',
  'library.startEmpty',
  'backups.list',
  'backups.restore',
  'agenda.get',
  'agenda.set',
  'agenda.setCurrent',
  'notes.list',
  'notes.get',
  'notes.save',
  'offer.list',
  'offer.add',
  'offer.update',
  'offer.remove',
  'ratings.list',
  'ratings.set',
  'gaps.list',
  'gaps.create',
  'gaps.update',
  'gaps.delete',
  'gaps.restore',
  'gaps.merge',
  'gaps.unmerge',
  'report.docx',
  'report.briefing',
  'report.csv',
  'sample.create',
  'workshopFile.export',
  'workshopFile.import',
  'rounds.list',
  'rounds.get',
  'rounds.open',
  'rounds.close',
  'rounds.reopen',
  'rounds.reveal',
  'rounds.results',
  'ballots.cast',
  'ballots.withdraw',
  'ballots.castForPerson',
  'ballots.withdrawPerson',
  'priorities.get',
  'priorities.set',
  'priorities.setMax',
  'presenter.get',
  'presenter.show',
  'presenter.page',
  'presenter.timer',
  'plan.get',
  'plan.savePriority',
  'plan.removePriority',
  'actions.add',
  'actions.update',
  'actions.remove',
  'actions.log',
  'cycles.overview',
  'cycles.list',
  'cycles.startNext',
  'review.get',
  'review.youSaid',
  'review.saveYouSaid',
  'changes.since',
  'log.renderError',
] as const

export type CallName = (typeof CALL_NAMES)[number]

export function isCallName(name: string): name is CallName {
  return (CALL_NAMES as readonly string[]).includes(name)
}

/** The IPC channel for a call; one `ipcMain.handle` each. */
export const ipcChannel = (name: CallName): string => `cg:${name}`

/** The IPC channel the main process pushes change events on (shared/api/changes.ts), to our own windows only. */
export const CHANGES_CHANNEL = 'cg:changes'
