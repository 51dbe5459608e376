// The crew's actions waiting to be sent, in IndexedDB (they outlive a reload, a closed tab, a phone restart), in the
// order they were taken. Each action: { seq, crew_id, kind, job_id, body, photo (a Blob or null), key, photo_key,
// photo_ref, label, queued_at }; key and photo_key are the Idempotency-Keys its requests carry, every time they are sent.
const DB_NAME = 'restockradar-crew';
const STORE = 'actions';

let opened = null;

function db() {
  if (!opened) {
    opened = new Promise(function (resolve, reject) {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { opened = null; reject(request.error); };
    });
  }
  return opened;
}

async function run(mode, work) {
  const database = await db();
  return new Promise(function (resolve, reject) {
    const tx = database.transaction(STORE, mode);
    let result;
    const request = work(tx.objectStore(STORE));
    if (request) request.onsuccess = function () { result = request.result; };
    tx.oncomplete = function () { resolve(result); };
    tx.onerror = function () { reject(tx.error); };
    tx.onabort = function () { reject(tx.error); };
  });
}

/** A new Idempotency-Key: 16 random bytes as hex (crypto.getRandomValues works where randomUUID may not). */
export function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes).map(function (b) { return b.toString(16).padStart(2, '0'); }).join('');
}

/** Adds an action at the end of the queue; resolves with its seq. */
export function add(action) {
  return run('readwrite', function (store) { return store.add(action); });
}

/** Saves what changed in an action (its photo_ref once the photo is up). */
export function put(action) {
  return run('readwrite', function (store) { return store.put(action); });
}

export function remove(seq) {
  return run('readwrite', function (store) { return store.delete(seq); });
}

/** The crew's waiting actions, oldest first. */
export async function waiting(crewId) {
  const all = await run('readonly', function (store) { return store.getAll(); });
  return (all || []).filter(function (a) { return a.crew_id === crewId; }).sort(function (a, b) { return a.seq - b.seq; });
}
