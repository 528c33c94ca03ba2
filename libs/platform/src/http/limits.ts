/** Limits on what a request may carry, shared by every service. */

/**
 * Longest path parameter, as sent (percent-encoded). Fastify's default of 100 is shorter than an output port's URN
 * can be (three names of up to 63 characters, each `:` sent as `%3A`).
 */
export const MAX_PATH_PARAM_LENGTH = 1024;

/** Deepest nesting of objects and arrays in a request (body, query); a document's own limit (64) fits inside it with its envelope. */
export const MAX_INPUT_DEPTH = 100;

/** Largest `offset` of a page: deeper pages are read with a narrower filter, not by skipping a million rows. */
export const MAX_PAGE_OFFSET = 1_000_000;
