// Calendar days as the API writes them (ISO yyyy-mm-dd), counted in UTC so no time zone shifts a day.

/** The ISO day `n` days after `iso` (before it when `n` is negative). */
export function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
