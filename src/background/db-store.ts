/**
 * The reader's imported database, kept in the extension's IndexedDB (storage.local is
 * capped at 10 MB in Chrome and a database is about that size). One record, replaced
 * whole: a half-written import can never be read.
 */
const DB_NAME = "sada";
const STORE = "databases";
const KEY = "imported";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export interface StoredDatabase {
  fileName: string;
  /** the file as imported (gzipped or plain: JSON header line, binary body) */
  bytes: Uint8Array;
}

export const readImported = () => run<StoredDatabase | undefined>("readonly", (s) => s.get(KEY));
export const writeImported = (value: StoredDatabase) => run("readwrite", (s) => s.put(value, KEY));
export const deleteImported = () => run("readwrite", (s) => s.delete(KEY));
