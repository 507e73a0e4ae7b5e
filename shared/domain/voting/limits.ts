/** Every group (or person) shares exactly this many points in a points round. Zod-free: the phone page uses it. */
export const POINTS_PER_GROUP = 100
