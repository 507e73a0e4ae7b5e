import { z } from 'zod'
import { idSchema } from '../domain/text'

/** The inputs most calls take: one workshop, or one record, by its id. */
export const byWorkshop = z.object({ workshopId: idSchema }).strict()
export const byId = z.object({ id: idSchema }).strict()
