// Building the page. Everything that comes from a post (texts, handles, names) is untrusted: it only ever reaches the
// page as a text node (el(), fill() and svg() turn every string child into document.createTextNode, and nothing in
// the pages sets innerHTML).

/**
 * Builds an element. attrs: plain properties (className, type, value, ...), 'data-*' / 'aria-*' attributes,
 * and on* functions as listeners. Children: nodes, or strings and numbers, which become text nodes.
 */
export function el(tag, attrs, ...children) {
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
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** SVG element with attributes set by name; string children become text nodes. */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== undefined && value !== null) node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

/** How long a toast stays: a result a few seconds, an error long enough to be read (either closes on its ×). */
const TOAST_MS = { ok: 6000, '': 6000, error: 20000 };
/** Toasts shown at once; an older one goes when a new one would make more. */
const MAX_TOASTS = 4;

/**
 * A message where the eye is: a toast at the bottom of the viewport, stacked below the ones before, read out by
 * screen readers (the stack is aria-live; an error is an alert), closed by its × or after a while. kind: 'ok',
 * 'error' or none.
 */
export function say(text, kind) {
  let stack = document.getElementById('toasts');
  if (!stack) {
    stack = el('div', { id: 'toasts', className: 'toasts', 'aria-live': 'polite' });
    document.body.appendChild(stack);
  }
  const toast = el('div', { className: 'toast ' + (kind || ''), role: kind === 'error' ? 'alert' : 'status' },
    el('span', { className: 'toast-text' }, text),
    el('button', { type: 'button', className: 'toast-close', 'aria-label': 'Dismiss', onclick: function () { toast.remove(); } }, '×'));
  stack.appendChild(toast);
  while (stack.children.length > MAX_TOASTS) stack.firstElementChild.remove();
  setTimeout(function () { toast.remove(); }, TOAST_MS[kind || ''] || TOAST_MS['']);
  return toast;
}
