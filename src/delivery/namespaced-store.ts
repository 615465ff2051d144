import type { StateStore } from "../state/state-store.ts";

/** The same store with every key under `namespace/`, so the draft's delivery log never meets the summary's. */
export function namespacedStore(store: StateStore, namespace: string): StateStore {
  const key = (k: string) => `${namespace}/${k}`;
  return {
    where: `${store.where} (${namespace})`,
    createOnce: (k, value) => store.createOnce(key(k), value),
    get: (k) => store.get(key(k)),
    put: (k, value) => store.put(key(k), value),
  };
}
