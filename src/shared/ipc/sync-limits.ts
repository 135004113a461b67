// Payload maxima for the reminder rules sync, without zod, so the renderer can apply them without loading the contract's schemas.

/** Far above real use, far below what would stall main. */
export const MAX_REMINDER_RULES = 500;
/**
 * Settled occurrences per rule: the renderer sends those of its look-back window (8 days back to
 * tomorrow, at most 12 times a day = 120 keys); twice that leaves room for edits on the day.
 */
export const MAX_SETTLED_KEYS_PER_RULE = 240;
export const MAX_SNOOZED_PER_RULE = 50;
