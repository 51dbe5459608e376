// The token and the calls to the API. The server writes and reads every field in snake_case (ApiJson): the pages use
// those names as they are, in what they read and in what they send.
// The token is kept per tab (sessionStorage): one browser may hold the ops page in one tab and a crew's in another.
const TOKEN_KEY = 'restockradar.token';

/**
 * Takes #token=... from the address, keeps it for this tab and removes it from the address bar and the history.
 * Returns whether there was one.
 */
export function takeTokenFromAddress() {
  const match = /(?:^#|&)token=([^&]*)/.exec(location.hash);
  if (!match) return false;
  const value = decodeURIComponent(match[1]).trim();
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  history.replaceState(null, '', location.pathname + location.search);
  return Boolean(value);
}

/** This tab's token, from the address first. */
export function token() {
  takeTokenFromAddress();
  // Earlier versions of the pages kept the token in localStorage, shared by every tab: it is dropped, not used.
  localStorage.removeItem(TOKEN_KEY);
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Keeps a token typed into the sign-in box. */
export function keepToken(value) {
  sessionStorage.setItem(TOKEN_KEY, value);
}

export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  location.reload();
}

/** An error answer of the API: its status and its {"error"} message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** A call with the bearer token; options.json becomes the JSON body. Resolves with the response, throws ApiError. */
export async function request(path, options) {
  const opts = Object.assign({}, options || {});
  const headers = Object.assign({ Accept: 'application/json' }, opts.headers || {});
  const t = sessionStorage.getItem(TOKEN_KEY);
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

/** GET or POST and read JSON; 204 gives null. */
export async function api(path, options) {
  const response = await request(path, options);
  if (response.status === 204) return null;
  return response.json();
}

let stream = null;

/**
 * Follows /api/events/stream (the token in the query: EventSource cannot send headers). onEvent gets each
 * JobEvent; onState 'live', 'reconnecting' or 'closed' (the server refused the stream). One stream per page: a new
 * call (a new sign-in) closes the one before. Returns the EventSource.
 */
export function follow(onEvent, onState) {
  stopFollowing();
  const source = new EventSource('/api/events/stream?access_token=' + encodeURIComponent(sessionStorage.getItem(TOKEN_KEY) || ''));
  stream = source;
  source.addEventListener('open', function () { onState('live'); });
  // A network error reconnects by itself; a refusal (401, 403, 404) closes the stream for good.
  source.addEventListener('error', function () { onState(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting'); });
  source.addEventListener('job-event', function (message) {
    let event;
    try {
      event = JSON.parse(message.data);
    } catch (e) {
      console.error('unreadable job event', message.data, e);
      return;
    }
    onEvent(event);
  });
  return source;
}

/** Closes the page's event stream, if it has one. */
export function stopFollowing() {
  if (stream) stream.close();
  stream = null;
}
