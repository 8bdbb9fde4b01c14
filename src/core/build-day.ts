/**
 * The day the site states facts as of: SOURCE_DATE_EPOCH when set (reproducible builds), else the given clock.
 * Returns YYYY-MM-DD in UTC.
 */
export function buildDay(sourceDateEpoch: string | undefined, now: Date): string {
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== '') {
    if (!/^\d+$/.test(sourceDateEpoch.trim())) {
      throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, got "${sourceDateEpoch}"`);
    }
    return new Date(Number(sourceDateEpoch.trim()) * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}
