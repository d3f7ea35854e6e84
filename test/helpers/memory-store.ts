/** An in-memory replay store that counts what it is asked (the replay cache's tests). */
import type { ReplayStore } from '../../src/changes/types.js';

export function memoryStore(toolId = 'build-1'): ReplayStore & { entries: Map<string, string>; hits: number; writes: number } {
  const entries = new Map<string, string>();
  const store = {
    entries,
    hits: 0,
    writes: 0,
    read(key: string) {
      const text = entries.get(key) ?? null;
      if (text !== null) store.hits++;
      return text;
    },
    write(key: string, text: string) {
      store.writes++;
      entries.set(key, text);
    },
    toolId: () => toolId,
  };
  return store;
}
