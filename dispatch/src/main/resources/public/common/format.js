// How times and handles read on the pages.

/** An instant as the browser's locale writes it, '' for none. */
export function when(instant) {
  if (!instant) return '';
  const date = new Date(instant);
  return isNaN(date) ? String(instant) : date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

/** A reporter's handle as posted: a phone number or an @name. */
export function handle(h) {
  if (!h) return '';
  return h.charAt(0) === '+' || h.charAt(0) === '@' ? h : '@' + h;
}
