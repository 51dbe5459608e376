// The claim page a gift's message links to (/claim.html#<claim token>): shows the gift and takes the delivery address.
// No sign-in: the token of the link is the secret. Names and addresses are untrusted text: only el() text nodes.
import { request } from './common/api.js';
import { el, say } from './common/dom.js';

const main = document.getElementById('main');
const token = decodeURIComponent(location.hash.replace(/^#/, ''));

async function load() {
  if (!token) {
    main.replaceChildren(el('p', { className: 'notice error' }, 'This claim link is incomplete: open the link from your message again.'));
    return;
  }
  try {
    const response = await request('/api/gift-claims?token=' + encodeURIComponent(token));
    render(await response.json());
  } catch (e) {
    main.replaceChildren(el('p', { className: 'notice error', id: 'claim-error' },
      e.status === 404 ? 'We do not know this claim link. Please check you opened the whole link.' : e.message));
  }
}

function render(gift) {
  const name = el('input', { type: 'text', id: 'claim-name', required: true, maxLength: 500, autocomplete: 'name' });
  const address = el('textarea', { id: 'claim-address', required: true, maxLength: 500, rows: 4, autocomplete: 'street-address' });
  const phone = el('input', { type: 'tel', id: 'claim-phone', maxLength: 500, autocomplete: 'tel' });
  const form = el('form', { className: 'claim-form', onsubmit: function (e) { e.preventDefault(); claim(name.value, address.value, phone.value); } },
    el('label', {}, 'Your name ', name), el('label', {}, 'Delivery address ', address), el('label', {}, 'Phone (for the courier, optional) ', phone),
    el('button', { type: 'submit', className: 'primary', id: 'claim-send' }, gift.claimed_at ? 'Update my address' : 'Send my address'));
  main.replaceChildren(el('section', { className: 'claim-card' },
    el('h2', {}, gift.name ? 'Thank you, ' + gift.name + '!' : 'Thank you!'),
    el('p', {}, 'Your reports got shelves restocked. A ' + gift.gift + ' is waiting for you.'),
    gift.claimed_at ? el('p', { className: 'muted', id: 'claim-done' }, 'We have your address; you may correct it until the gift is on its way.') : null,
    gift.open ? form : el('p', { id: 'claim-closed' }, 'Your gift is ' + gift.status.replace('_', ' ') + '.')));
}

async function claim(name, address, phone) {
  try {
    const response = await request('/api/gift-claims', { method: 'POST', json: { token: token, name: name, address: address, phone: phone } });
    render(await response.json());
    say('Thank you! We will send your gift to this address.', 'ok');
  } catch (e) {
    say('Cannot send your address: ' + e.message, 'error');
  }
}

window.addEventListener('hashchange', function () { location.reload(); });
load();
