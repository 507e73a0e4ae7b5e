import { z } from 'zod'
import { offerDetailsSchema, offerItemSchema } from '../domain/offer'
import { idSchema } from '../domain/text'
import { byId, byWorkshop } from './inputs'

/**
 * Assess: the current support offer, mapped to Key Principles and Recommendations.
 * Spread into `contract`; every name is also listed in calls.ts.
 */
export const offerContract = {
  'offer.list': {
    input: byWorkshop,
    output: z.array(offerItemSchema),
  },
  'offer.add': {
    input: z.object({ workshopId: idSchema, details: offerDetailsSchema.strict() }).strict(),
    output: offerItemSchema,
  },
  'offer.update': {
    input: z.object({ id: idSchema, details: offerDetailsSchema.strict() }).strict(),
    output: offerItemSchema,
  },
  'offer.remove': {
    input: byId,
    output: z.object({ removed: z.literal(true), workshopId: idSchema }),
  },
} as const
