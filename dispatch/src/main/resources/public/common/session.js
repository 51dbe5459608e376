// Signing a page in: the token, GET /api/me, and the sign-in box or the refusal when the role does not fit.
import { keepToken, token, api, signOut, takeTokenFromAddress, stopFollowing } from './api.js';
import { el } from './dom.js';

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
        keepToken(input.value.trim());
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
 * Signs the page in: the token, then GET /api/me. Resolves with {actor, role, crew_id, sla_warning_before_seconds}
 * when the role is one of roles; otherwise shows the sign-in box or the refusal and resolves with null.
 */
export async function signIn(main, roles, page) {
  const who = document.getElementById('who');
  if (who) who.replaceChildren();
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
  if (who) {
    who.replaceChildren(el('span', {}, me.actor + ' · ' + me.role + (me.crew_id ? ' · ' + me.crew_id : '')),
      el('button', { type: 'button', className: 'link', onclick: signOut }, 'Sign out'));
  }
  return me;
}

const timers = [];

/** setInterval for a signed-in page: a new sign-in stops it. */
export function every(ms, fn) {
  timers.push(setInterval(fn, ms));
}

/**
 * Runs the page's start now, and again in place whenever a new #token= link is pasted over the open page (a
 * hashchange, no reload): the event stream and the timers of the session before are stopped first.
 */
export function startSession(start) {
  window.addEventListener('hashchange', function () {
    if (!takeTokenFromAddress()) return;
    stopFollowing();
    timers.splice(0).forEach(clearInterval);
    start();
  });
  start();
}
