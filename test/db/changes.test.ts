import { announceChange, onLibraryChange, type LibraryChange } from '@/lib/db/changes';

const CHANNEL = 'paperboy-library';
const stops: Array<() => void> = [];

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.unstubAllGlobals();
});

/** Every message on the channel, as another open view receives it. */
function otherView(): unknown[] {
  const heard: unknown[] = [];
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => heard.push(event.data);
  stops.push(() => channel.close());
  return heard;
}

describe('announcing a change to the other views', () => {
  it('posts the change with this view\u2019s id on the shared channel', async () => {
    const heard = otherView();
    announceChange({ kind: 'settings', key: 'format' });
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]).toEqual({ kind: 'settings', key: 'format', from: expect.any(String) });
  });

  it('does not throw where there is no channel (the view still shows its own change)', () => {
    vi.stubGlobal(
      'BroadcastChannel',
      class {
        constructor() {
          throw new Error('not supported');
        }
      },
    );
    expect(() => announceChange({ kind: 'items' })).not.toThrow();
  });
});

describe('listening for the other views\u2019 changes', () => {
  it('hears another view\u2019s change, without its sender', async () => {
    const changes: LibraryChange[] = [];
    stops.push(onLibraryChange((change) => changes.push(change)));
    const sender = new BroadcastChannel(CHANNEL);
    sender.postMessage({ kind: 'items', from: 'another-view' });
    sender.close();
    await vi.waitFor(() => expect(changes).toEqual([{ kind: 'items' }]));
  });

  it('ignores this view\u2019s own announcements and empty messages', async () => {
    const changes: LibraryChange[] = [];
    stops.push(onLibraryChange((change) => changes.push(change)));
    const heard = otherView();
    announceChange({ kind: 'items' });
    const sender = new BroadcastChannel(CHANNEL);
    sender.postMessage(null);
    sender.postMessage({ kind: 'settings', key: 'template', from: 'another-view' });
    sender.close();
    await vi.waitFor(() => expect(heard).toHaveLength(3));
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    await new Promise((ok) => setTimeout(ok, 20));
    expect(changes).toEqual([{ kind: 'settings', key: 'template' }]);
  });

  it('hears nothing once unsubscribed', async () => {
    const changes: LibraryChange[] = [];
    const stop = onLibraryChange((change) => changes.push(change));
    stop();
    const heard = otherView();
    const sender = new BroadcastChannel(CHANNEL);
    sender.postMessage({ kind: 'items', from: 'another-view' });
    sender.close();
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(changes).toEqual([]);
  });
});
