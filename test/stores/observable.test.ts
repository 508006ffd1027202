import { writable } from '@/lib/stores/observable';

describe('writable', () => {
  it('holds its initial value until set', () => {
    const count = writable(1);
    expect(count.get()).toBe(1);
    count.set(2);
    expect(count.get()).toBe(2);
  });

  it('calls each listener with the new value after every change, until it unsubscribes', () => {
    const count = writable(0);
    const seen: number[] = [];
    const unsubscribe = count.subscribe((value) => seen.push(value));
    count.set(1);
    count.update((value) => value + 10);
    unsubscribe();
    count.set(99);
    expect(seen).toEqual([1, 11]);
  });

  it('tells no one when the value is the same (Object.is), so views do not render for nothing', () => {
    const object = { a: 1 };
    const store = writable<unknown>(object);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(object);
    store.update((value) => value);
    expect(listener).not.toHaveBeenCalled();
    // Object.is: NaN is NaN, and +0 is not -0.
    const number = writable(Number.NaN);
    const numberListener = vi.fn();
    number.subscribe(numberListener);
    number.set(Number.NaN);
    expect(numberListener).not.toHaveBeenCalled();
    const zero = writable(0);
    const zeroListener = vi.fn();
    zero.subscribe(zeroListener);
    zero.set(-0);
    expect(zeroListener).toHaveBeenCalledWith(-0);
  });

  it('reaches every listener of a change even when one unsubscribes another meanwhile', () => {
    const store = writable('a');
    const seen: string[] = [];
    let second: () => void = () => undefined;
    store.subscribe(() => {
      seen.push('first');
      second();
    });
    second = store.subscribe(() => seen.push('second'));
    store.set('b');
    expect(seen).toEqual(['first', 'second']);
    store.set('c');
    expect(seen).toEqual(['first', 'second', 'first']);
  });

  it('lets a listener read the new value, and a listener that sets again is told of the newest', () => {
    const store = writable(0);
    const read: number[] = [];
    store.subscribe((value) => {
      read.push(store.get());
      if (value < 2) store.set(value + 1);
    });
    store.set(1);
    expect(read).toEqual([1, 2]);
    expect(store.get()).toBe(2);
  });
});
