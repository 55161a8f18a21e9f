// Photo bytes on H5: IndexedDB through idb-keyval (database 'linli-photos', store 'photos'),
// one `{ mime, bytes }` per reference. It runs in the page, where msw's handlers run; the JSON db
// in localStorage keeps only references. Browser only: never imported by the weapp adapter.
import { createStore, del, get, keys, set } from 'idb-keyval'
import { createMemoryPhotoStore, type PhotoStore, type StoredPhoto } from '../server'

export const PHOTO_IDB_NAME = 'linli-photos'
export const PHOTO_IDB_STORE = 'photos'

export function createIdbPhotoStore(): PhotoStore {
  // without IndexedDB (some private modes) photos last as long as the page
  if (typeof indexedDB === 'undefined') return createMemoryPhotoStore()
  const store = createStore(PHOTO_IDB_NAME, PHOTO_IDB_STORE)
  return {
    put: (id, bytes, mime) => set(id, { mime, bytes }, store),
    get: async (id) => {
      const v = await get<StoredPhoto>(id, store)
      return v && v.bytes ? { mime: v.mime, bytes: new Uint8Array(v.bytes) } : null
    },
    delete: (id) => del(id, store),
    has: async (id) => (await get(id, store)) !== undefined,
    keys: async () => (await keys(store)).map(String),
  }
}
