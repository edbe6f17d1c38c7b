/** Today's date in Vietnam as "YYYY-MM-DD", whatever the build machine's time zone. */
export function vietnamDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
