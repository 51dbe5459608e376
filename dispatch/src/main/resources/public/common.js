// Shared by the three pages: the token, calls to the API, building elements, the sign-in box.
// Everything that comes from a post (texts, handles, names) is untrusted: it only ever reaches the page as a
// text node (el() turns every string child into document.createTextNode, and nothing here sets innerHTML).
(function () {
  'use strict';
  const TOKEN_KEY = 'restockradar.token';

  /** Takes #token=... from the address once (then removes it from the address bar and history) and keeps it. */
  function token() {
    const match = /(?:^#|&)token=([^&]*)/.exec(location.hash);
    if (match) {
      const value = decodeURIComponent(match[1]).trim();
      if (value) localStorage.setItem(TOKEN_KEY, value);
      history.replaceState(null, '', location.pathname + location.search);
    }
    return localStorage.getItem(TOKEN_KEY);
  }

  function signOut() {
    localStorage.removeItem(TOKEN_KEY);
    location.reload();
  }

  /** An error answer of the API: its status and its {"error"} message. */
  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  async function request(path, options) {
    const opts = Object.assign({}, options || {});
    const headers = Object.assign({ Accept: 'application/json' }, opts.headers || {});
    const t = localStorage.getItem(TOKEN_KEY);
    if (t) headers.Authorization = 'Bearer ' + t;
    if (opts.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(opts.json);
      delete opts.json;
    }
    opts.headers = headers;
    let response;
    try {
      response = await fetch(path, opts);
    } catch (e) {
      throw new ApiError(0, 'cannot reach the dispatcher (' + e.message + ')');
    }
    if (!response.ok) {
      let message = 'HTTP ' + response.status;
      try {
        const body = await response.json();
        if (body && body.error) message = body.error;
      } catch (ignored) {
        // Not JSON (a proxy's page, say): the status is all there is to say.
      }
      throw new ApiError(response.status, message);
    }
    return response;
  }

  /** GET or POST and read JSON; 204 gives null. Every snake_case field also answers to its camelCase name. */
  async function api(path, options) {
    const response = await request(path, options);
    if (response.status === 204) return null;
    return aliased(await response.json());
  }

  // The API has written its fields in camelCase and in snake_case over time: the pages read either.
  function aliased(value) {
    if (Array.isArray(value)) {
      value.forEach(aliased);
    } else if (value && typeof value === 'object') {
      Object.keys(value).forEach(function (key) {
        aliased(value[key]);
        if (key.indexOf('_') > 0) {
          const camel = key.replace(/_([a-z0-9])/g, function (m, c) { return c.toUpperCase(); });
          if (!(camel in value)) value[camel] = value[key];
        } else if (/[A-Z]/.test(key)) {
          const snake = key.replace(/[A-Z]/g, function (c) { return '_' + c.toLowerCase(); });
          if (!(snake in value)) value[snake] = value[key];
        }
      });
    }
    return value;
  }

  /** A request body with each field under its camelCase and its snake_case name, for either reader. */
  function both(body) {
    return aliased(Object.assign({}, body));
  }

  /**
   * Builds an element. attrs: plain properties (className, type, value, ...), 'data-*' / 'aria-*' attributes,
   * and on* functions as listeners. Children: nodes, or strings and numbers, which become text nodes.
   */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
      else if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role' || key === 'for' || key === 'capture') node.setAttribute(key, String(value));
      else node[key] = value;
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children) {
      if (child === undefined || child === null || child === false) continue;
      if (Array.isArray(child)) append(node, child);
      else if (child instanceof Node) node.appendChild(child);
      else node.appendChild(document.createTextNode(String(child)));
    }
  }

  /** Replaces a node's children; like el(), strings become text nodes and null, false and arrays are handled. */
  function fill(node, ...children) {
    node.replaceChildren();
    append(node, children);
    return node;
  }

  /** SVG element with attributes set by name; string children become text nodes. */
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value !== undefined && value !== null) node.setAttribute(key, String(value));
    }
    append(node, children);
    return node;
  }

  /** A field of a record the API writes camelCase in older fields and snake_case in newer ones. */
  function field(record, camel, snake) {
    if (record == null) return undefined;
    if (record[camel] !== undefined) return record[camel];
    return snake ? record[snake] : undefined;
  }

  function timeLeft(dueAt, now) {
    const ms = Date.parse(dueAt) - now;
    const minutes = Math.floor(Math.abs(ms) / 60000);
    const text = Math.floor(minutes / 60) + 'h ' + String(minutes % 60).padStart(2, '0') + 'm';
    return ms < 0 ? text + ' late' : text;
  }

  /** ok, warning (under 12 h left) or breached. */
  function urgency(dueAt, now) {
    const hours = (Date.parse(dueAt) - now) / 3600000;
    return hours < 0 ? 'breached' : hours < 12 ? 'warning' : 'ok';
  }

  function when(instant) {
    if (!instant) return '';
    const date = new Date(instant);
    return isNaN(date) ? String(instant) : date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  }

  function handle(h) {
    if (!h) return '';
    return h.charAt(0) === '+' || h.charAt(0) === '@' ? h : '@' + h;
  }

  /** Replaces main's content with a box that takes a token. */
  function showSignIn(main, message) {
    const input = el('input', { type: 'password', id: 'token-input', autocomplete: 'off', placeholder: 'rr_…', required: true });
    main.replaceChildren(el('section', { className: 'card signin' },
      el('h2', {}, 'Sign in'),
      message ? el('p', { className: 'notice error', role: 'alert' }, message) : null,
      el('p', {}, 'Paste the access token you were given (the launcher logs one link per role).'),
      el('form', {
        id: 'signin-form',
        onsubmit: function (event) {
          event.preventDefault();
          localStorage.setItem(TOKEN_KEY, input.value.trim());
          location.reload();
        }
      }, el('label', { for: 'token-input' }, 'Token'), input, el('button', { type: 'submit', className: 'primary' }, 'Sign in'))));
  }

  function showRefusal(main, me, wanted, page) {
    main.replaceChildren(el('section', { className: 'card refusal', id: 'refusal', role: 'alert' },
      el('h2', {}, 'Not for your role'),
      el('p', {}, 'The ' + page + ' is for ' + wanted.join(' and ') + '. You are signed in as ' + me.actor + ' (' + me.role + ').'),
      el('p', {}, 'Open the page of your role, or sign in with another token.'),
      el('button', { type: 'button', onclick: signOut }, 'Sign out')));
  }

  /**
   * Signs the page in: the token, then GET /api/me. Resolves with {actor, role, crew_id} when the role is one of
   * roles; otherwise shows the sign-in box or the refusal and resolves with null.
   */
  async function signIn(main, roles, page) {
    if (!token()) {
      showSignIn(main, null);
      return null;
    }
    let me;
    try {
      me = await api('/api/me');
    } catch (e) {
      if (e.status === 401) showSignIn(main, 'This token is unknown or revoked: ' + e.message);
      else if (e.status === 404) showSignIn(main, 'Not available: this dispatcher does not serve GET /api/me, so the page cannot tell your role.');
      else main.replaceChildren(el('p', { className: 'notice error', role: 'alert' }, 'Cannot sign in: ' + e.message));
      return null;
    }
    if (roles.indexOf(me.role) < 0) {
      showRefusal(main, me, roles, page);
      return null;
    }
    const who = document.getElementById('who');
    if (who) {
      who.replaceChildren(el('span', {}, me.actor + ' · ' + me.role + (me.crew_id ? ' · ' + me.crew_id : '')),
        el('button', { type: 'button', className: 'link', onclick: signOut }, 'Sign out'));
    }
    return me;
  }

  /**
   * Follows /api/events/stream (the token in the query: EventSource cannot send headers). onEvent gets each
   * JobEvent; onState 'live', 'reconnecting' or 'closed' (the server refused the stream). Returns the EventSource.
   */
  function follow(onEvent, onState) {
    const source = new EventSource('/api/events/stream?access_token=' + encodeURIComponent(localStorage.getItem(TOKEN_KEY) || ''));
    source.addEventListener('open', function () { onState('live'); });
    // A network error reconnects by itself; a refusal (401, 403, 404) closes the stream for good.
    source.addEventListener('error', function () { onState(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting'); });
    source.addEventListener('job-event', function (message) {
      let event;
      try {
        event = aliased(JSON.parse(message.data));
      } catch (e) {
        console.error('unreadable job event', message.data, e);
        return;
      }
      onEvent(event);
    });
    return source;
  }

  /** A message in the page's status line (role=status, so screen readers hear it). */
  function say(text, kind) {
    const line = document.getElementById('status-line');
    if (!line) return;
    line.textContent = text;
    line.className = 'status-line ' + (kind || '');
  }

  window.RR = { token, api, both, fill, request, ApiError, el, svg, field, timeLeft, urgency, when, handle, signIn, follow, say, signOut };
}());
