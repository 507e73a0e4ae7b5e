import { useState } from 'react'
import type { StepProps } from '../StepProps'
import { useApi, write } from '../../api/queries'
import { LiveMessage } from '../../ui/Status'
import { GroupsEditor } from './GroupsEditor'
import { WorkshopForm } from '../../parts/WorkshopForm'
import './setup.css'

export function SetupStep({ workshop }: StepProps) {
  const [message, setMessage] = useState('')
  const pack = useApi('packs.get', workshop.pack)
  return (
    <div className="setup">
      <section className="panel" aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <p className="panel__intro">Reflective tool: {pack.data ? pack.data.title : workshop.pack.id}, version {workshop.pack.version}.</p>
        <WorkshopForm
          key={workshop.updatedAt}
          workshop={workshop}
          submitLabel="Save details"
          onSubmit={async (details) => {
            await write('workshops.update', { id: workshop.id, details })
            setMessage('Details saved.')
          }}
        />
        <LiveMessage onMoveOn={() => setMessage('')}>{message}</LiveMessage>
      </section>
      <GroupsEditor workshopId={workshop.id} />
    </div>
  )
}
