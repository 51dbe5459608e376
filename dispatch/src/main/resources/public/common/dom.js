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

/** A message in the page's status line (role=status, so screen readers hear it). */
export function say(text, kind) {
  const line = document.getElementById('status-line');
  if (!line) return;
  line.textContent = text;
  line.className = 'status-line ' + (kind || '');
}
