import { useState } from 'react'
import type { StepProps } from '../StepProps'
import { request } from '../../api/client'
import { useCall } from '../../api/useCall'
import { LiveMessage } from '../../ui/Status'
import { GroupsEditor } from './GroupsEditor'
import { WorkshopForm } from '../../parts/WorkshopForm'
import './setup.css'

export function SetupStep({ workshop, onChanged }: StepProps) {
  const [message, setMessage] = useState('')
  const [pack] = useCall('packs.get', workshop.pack)
  return (
    <div className="setup">
      <section className="panel" aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <p className="panel__intro">Reflective tool: {pack.state === 'ready' ? pack.value.title : workshop.pack.id}, version {workshop.pack.version}.</p>
        <WorkshopForm
          key={workshop.updatedAt}
          workshop={workshop}
          submitLabel="Save details"
          onSubmit={async (details) => {
            await request('workshops.update', { id: workshop.id, details })
            setMessage('Details saved.')
            await onChanged()
          }}
        />
        <LiveMessage onMoveOn={() => setMessage('')}>{message}</LiveMessage>
      </section>
      <GroupsEditor workshopId={workshop.id} />
    </div>
  )
}
