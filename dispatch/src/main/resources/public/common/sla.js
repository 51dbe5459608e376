// The SLA countdown and its colours. The warning threshold is the server's (dispatch.sla-warning-before, sent as
// sla_warning_before_seconds in GET /api/me), so that the amber on the pages and the SLA warning event agree.

/** The time left until dueAt, '47h 05m', or past it, '1h 10m late'. */
export function timeLeft(dueAt, now) {
  const ms = Date.parse(dueAt) - now;
  const minutes = Math.floor(Math.abs(ms) / 60000);
  const text = Math.floor(minutes / 60) + 'h ' + String(minutes % 60).padStart(2, '0') + 'm';
  return ms < 0 ? text + ' late' : text;
}

/**
 * The SLA colours for a warning threshold in seconds: urgency(dueAt, now) is 'ok', 'warning' (less than the
 * threshold left) or 'breached'; warning names the threshold for the page ('12 h').
 */
export function slaColours(warningBeforeSeconds) {
  const warningMs = warningBeforeSeconds * 1000;
  return {
    warning: span(warningBeforeSeconds),
    urgency: function (dueAt, now) {
      const ms = Date.parse(dueAt) - now;
      return ms < 0 ? 'breached' : ms < warningMs ? 'warning' : 'ok';
    }
  };
}

function span(seconds) {
  if (seconds % 3600 === 0) return seconds / 3600 + ' h';
  if (seconds % 60 === 0) return seconds / 60 + ' min';
  return seconds + ' s';
}
