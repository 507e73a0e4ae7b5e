/**
 * Sizes of files the app refuses above, in a module of their own without zod, so a screen can check a
 * file before sending it without loading every schema (the start screen's code stays small).
 */

/** A workshop file bigger than this is not one of ours (a busy workshop is well under 1 MB). */
export const MAX_WORKSHOP_FILE_BYTES = 3 * 1024 * 1024
