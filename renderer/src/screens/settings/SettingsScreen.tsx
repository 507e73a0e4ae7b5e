import { useState } from 'react'
import { teamSettingsInputSchema, type TeamSettings, type TeamSettingsInput } from '../../../../shared/api/team'
import { useApi, write } from '../../api/queries'
import { useContractForm } from '../../parts/useContractForm'
import type { Draft } from '../../ui/useDraft'
import { Field } from '../../ui/Field'
import { ErrorMessage, LiveMessage } from '../../ui/Status'
import { routeHref } from '../../router'
import { TeamPage } from '../../parts/TeamPage'

/** Kept in this page only: a password typed here must never be written to the page's storage. */
function usePageOnlyDraft<T>(initial: T): Draft<T> {
  const [value, setValue] = useState(initial)
  return {
    value,
    set: (next) => setValue((current) => (typeof next === 'function' ? (next as (current: T) => T)(current) : next)),
    restored: false,
    offered: undefined,
    restore: () => undefined,
    discard: () => undefined,
    clear: () => undefined,
    reset: () => setValue(initial),
  }
}

function SettingsForm({ saved }: { saved: TeamSettings }) {
  const environment = saved.source === 'environment'
  const draft = usePageOnlyDraft<TeamSettingsInput>({ address: saved.address ?? '', password: '', displayName: saved.displayName, connect: saved.connect })
  const { form, submit, busy, formError, errorOf } = useContractForm({ schema: teamSettingsInputSchema, draft, summary: 'Check the settings below.' })
  const [message, setMessage] = useState('')
  const save = (connect: boolean) =>
    submit(async (input) => {
      setMessage('')
      const answer = await write('team.saveSettings', { ...input, connect })
      form.reset({ address: answer.address ?? '', password: '', displayName: answer.displayName, connect: answer.connect })
      setMessage(answer.connect ? 'Saved. Connected to the team library.' : 'Saved. Not connected: nothing leaves this computer.')
    })

  return (
    <form className="form" noValidate aria-labelledby="team-settings-heading" onSubmit={(event) => void save(true)(event)}>
      <h2 id="team-settings-heading">Team library</h2>
      <p className="panel__intro">
        A team library is a PostgreSQL database your council runs, where your service keeps every published revision of its workshops. Until you connect one, nothing leaves this computer.
      </p>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      {environment ? (
        <div className="field">
          <p><strong>Address:</strong> {saved.address ?? 'none'}</p>
          <p className="field__hint">
            In browser mode the address and password come from COMMON_GROUND_TEAM_URL when Common Ground starts{saved.address ? '' : ', and none was given'}.
          </p>
        </div>
      ) : (
        <>
          <Field label="Address" hint="As your council’s IT gave it, for example postgres://jo.bloggs@db.northvale.gov.uk/common_ground" error={errorOf('address')}>
            {(props) => <input {...props} type="text" spellCheck={false} autoComplete="off" {...form.register('address')} />}
          </Field>
          <Field label="Password" hint={saved.passwordSaved ? 'A password is saved (kept by this computer’s keychain). Leave this empty to keep it.' : 'Kept by this computer’s keychain, never in your library or a workshop file.'} error={errorOf('password')}>
            {(props) => <input {...props} type="password" autoComplete="current-password" {...form.register('password')} />}
          </Field>
        </>
      )}
      <Field label="Your name" hint="As colleagues know you: shown beside what you publish and what you are running." error={errorOf('displayName')}>
        {(props) => <input {...props} type="text" autoComplete="name" {...form.register('displayName')} />}
      </Field>
      <LiveMessage>{message}</LiveMessage>
      <div className="actions">
        {saved.connect && (
          <button type="button" className="button" disabled={busy} onClick={(event) => void save(false)(event)}>
            Disconnect
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {saved.connect ? 'Save' : 'Connect'}
        </button>
      </div>
    </form>
  )
}

function ConnectionCheck() {
  const check = useApi('team.check', {}, { remote: true })
  if (check.isPending) return <p>Asking the team library…</p>
  if (check.error) return <ErrorMessage>{check.error.message}</ErrorMessage>
  const { state, message } = check.data
  return (
    <p className={`team-check team-check--${state}`} role="status">
      <strong>{state === 'connected' ? '✔ Connected.' : state === 'off' ? 'Not connected.' : '⚠ Not working.'}</strong> {message}{' '}
      <button type="button" className="button button--quiet" onClick={() => void check.refetch()}>Check again</button>
    </p>
  )
}

/** Settings: the team library connection (the only setting there is so far). */
export function SettingsScreen() {
  const settings = useApi('team.settings', {})
  return (
    <TeamPage title="Settings">
      {settings.error && <ErrorMessage>{settings.error.message}</ErrorMessage>}
      {settings.data && (
        <>
          {/* Keyed by what was saved, so the form starts again from it after a save. */}
          <SettingsForm key={JSON.stringify(settings.data)} saved={settings.data} />
          {settings.data.connect && <ConnectionCheck />}
          <p>
            What is shared: the workshops you publish, as a workshop file would carry them. What never leaves this computer: anything you have not published, these settings and your
            password, and your backups. <a href={routeHref({ screen: 'team' })}>Team library</a> · <a href={routeHref({ screen: 'partnership' })}>Across the partnership</a>
          </p>
        </>
      )}
    </TeamPage>
  )
}
