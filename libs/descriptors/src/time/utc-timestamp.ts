// Date and time without an offset: "2024-06-03T05:17:42", "2024-06-03 05:17:42.118".
const NAIVE_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

/** True for an ISO-like date-time that carries no zone or offset. */
export function isNaiveTimestamp(text: string): boolean {
  return NAIVE_DATE_TIME.test(text);
}

/** A naive date-time read as UTC ("2024-06-03 05:17:42" → "2024-06-03T05:17:42Z"); any other text as it is. */
export function withUtcZone(text: string): string {
  const match = NAIVE_DATE_TIME.exec(text);
  return match ? `${match[1]}T${match[2]}Z` : text;
}

/**
 * The instant as ISO 8601 in UTC with milliseconds ("2020-12-28T19:52:00.001+10:00" → "2020-12-28T09:52:00.001Z");
 * naive date-times are read as UTC, finer fractions of a second are cut to milliseconds. Undefined if unreadable.
 */
export function toUtcIso(text: string): string | undefined {
  const time = Date.parse(withUtcZone(text.trim()).replace(' ', 'T'));
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
