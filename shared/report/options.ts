import { z } from 'zod'

/** The report's sections in the order they appear, with the words the facilitator chooses from. */
export const REPORT_SECTIONS = [
  { key: 'summary', label: 'Summary on the first page' },
  { key: 'review', label: 'Review of the last cycle (whose voice is missing, last cycle’s actions)' },
  { key: 'priorities', label: 'Agreed priorities' },
  { key: 'decisions', label: 'How the room decided (voting rounds)' },
  { key: 'ratings', label: 'Ratings for each Key Principle and Recommendation' },
  { key: 'offer', label: 'Support offer and what it covers' },
  { key: 'record', label: 'Who took part' },
  { key: 'actions', label: 'Action plan' },
  { key: 'youSaid', label: 'You said, we did, now we will' },
  { key: 'gaps', label: 'Appendix: gaps register' },
  { key: 'notes', label: 'Appendix: notes by question' },
] as const

export type ReportSectionKey = (typeof REPORT_SECTIONS)[number]['key']

const sectionKeys = REPORT_SECTIONS.map((section) => section.key) as [ReportSectionKey, ...ReportSectionKey[]]

export const reportOptionsSchema = z.object({
  sections: z
    .array(z.enum(sectionKeys, { error: 'That is not a section of the report.' }))
    .min(1, { error: 'Choose at least one section for the report.' })
    .refine((keys) => new Set(keys).size === keys.length, { error: 'Each section can be chosen once.' }),
  /** When false, groups appear as "Group 1", "Group 2"… so the report can travel without names. */
  includeGroupNames: z.boolean({ error: 'Say whether to include group names.' }),
})
export type ReportOptions = z.infer<typeof reportOptionsSchema>

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  sections: REPORT_SECTIONS.map((section) => section.key),
  includeGroupNames: true,
}
