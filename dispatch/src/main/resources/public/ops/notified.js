// On an opened job: whether ops were told of it by the alerts to ops (GET /api/alerts?job_id=, served where alerts run),
// one line per alert: "Ops told by webhook: escalated, sent 17:02" or why not yet. Nothing where alerts are off (404)
// or the job never alerted.
import { api } from '../common/api.js';
import { el, fill } from '../common/dom.js';
import { when } from '../common/format.js';

/** An element that fills itself with what ops were told of the job. */
export function notifiedLine(job) {
  const line = el('div', { className: 'notified', 'data-job-id': job.id });
  api('/api/alerts?job_id=' + encodeURIComponent(job.id)).then(function (alerts) {
    if (!alerts || alerts.length === 0) return;
    fill(line, alerts.map(function (a) {
      const kind = a.kind.toLowerCase().replace(/_/g, ' ');
      const outcome = a.status === 'sent' ? 'sent ' + when(a.sent_at)
        : a.status === 'failed' ? 'failed: ' + (a.last_error || 'no reason kept')
          : 'not sent yet (' + a.attempts + ' attempts' + (a.last_error ? ': ' + a.last_error : '') + ')';
      return el('p', { className: 'notice alert-' + a.status }, 'Ops told by ' + a.channel + ': ' + kind + ', ' + outcome);
    }));
  }, function (e) {
    if (e.status !== 404) fill(line, el('p', { className: 'muted' }, 'Cannot tell whether ops were told: ' + e.message));
  });
  return line;
}
