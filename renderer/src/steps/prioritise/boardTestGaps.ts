import type { Gap } from '../../../../shared/domain/gaps'

/** A gap for the board's tests: "Gap <index>", linked to `links`, in workshop-1. */
export const testGap = (index: number, links: Gap['links']): Gap => ({
  id: `gap-${index}`,
  workshopId: 'workshop-1',
  title: `Gap ${index}`,
  detail: '',
  links,
  groupIds: [],
  sourceQuestionId: null,
  edie: false,
  mergedFrom: [],
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
})
