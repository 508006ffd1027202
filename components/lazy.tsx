import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';

/**
 * A component whose code loads in its own chunk on first render: what a view does not need for its
 * first frame (the publisher, the popup's week list) stays out of the code it starts with.
 */
export function lazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, loading: string, what: string) {
  let loaded: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState<string | null>(null);
    useEffect(() => {
      if (Component) return;
      load().then(
        (module) => setComponent(() => (loaded = module.default)),
        (error: Error) => setFailed(error.message),
      );
    }, [Component]);
    if (failed)
      return (
        <p role="alert">
          {what} could not be loaded: {failed}. Close Paperboy and open it again.
        </p>
      );
    return Component ? <Component {...props} /> : <p class="hint">{loading}</p>;
  };
}
