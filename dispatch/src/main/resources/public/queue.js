// The restock queue. Everything shown comes from posts and is untrusted: it is only ever set as textContent.
(function () {
  'use strict';
  const body = document.getElementById('jobs');
  const summary = document.getElementById('summary');

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) td.className = className;
    row.appendChild(td);
  }

  function timeLeft(dueAt, now) {
    const ms = Date.parse(dueAt) - now;
    const sign = ms < 0 ? '-' : '';
    const minutes = Math.floor(Math.abs(ms) / 60000);
    return sign + Math.floor(minutes / 60) + 'h ' + String(minutes % 60).padStart(2, '0') + 'm';
  }

  function urgency(dueAt, now) {
    const hours = (Date.parse(dueAt) - now) / 3600000;
    return hours < 0 ? 'late' : hours < 12 ? 'warn' : 'ok';
  }

  function render(jobs) {
    const now = Date.now();
    body.replaceChildren();
    if (jobs.length === 0) {
      const row = document.createElement('tr');
      cell(row, 'No open jobs yet: reports appear here as they come in.', 'empty');
      row.firstChild.colSpan = 8;
      body.appendChild(row);
    }
    for (const job of jobs) {
      const row = document.createElement('tr');
      row.className = urgency(job.dueAt, now);
      cell(row, timeLeft(job.dueAt, now), 'left');
      cell(row, job.outletName + ' (' + job.outletId + ')');
      cell(row, job.city || '');
      cell(row, job.sku || ('any ' + (job.brand || '')));
      cell(row, String(job.reportCount));
      cell(row, (job.reporters || []).map(function (h) { return h.charAt(0) === '+' ? h : '@' + h; }).join(', '));
      cell(row, job.status);
      cell(row, new Date(job.createdAt).toLocaleString());
      body.appendChild(row);
    }
    const reports = jobs.reduce(function (sum, j) { return sum + j.reportCount; }, 0);
    const late = jobs.filter(function (j) { return Date.parse(j.dueAt) < now; }).length;
    summary.replaceChildren();
    [jobs.length + ' open jobs', reports + ' reports', late + ' past due'].forEach(function (text) {
      const span = document.createElement('span');
      span.textContent = text;
      summary.appendChild(span);
    });
  }

  async function refresh() {
    try {
      const response = await fetch('/api/jobs', { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      render(await response.json());
    } catch (e) {
      summary.textContent = 'Cannot reach the dispatcher: ' + e.message;
    }
  }

  refresh();
  setInterval(refresh, 3000);
}());
