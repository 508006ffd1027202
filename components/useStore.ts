import { useEffect, useState } from 'preact/hooks';
import type { Readable } from '@/lib/stores/observable';

/** The store's value, rendering again whenever it changes. */
export function useStore<T>(store: Readable<T>): T {
  const [value, setValue] = useState(store.get);
  useEffect(() => {
    setValue(store.get()); // a change between the first render and this effect
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
