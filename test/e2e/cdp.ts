import WebSocket from 'ws';

type Listener = (params: Record<string, unknown>, sessionId?: string) => void;

/**
 * A minimal client of the DevTools protocol over the browser's WebSocket, with flattened sessions
 * and events: the e2e harness drives the real popup with it, the benchmark pauses and probes it.
 */
export class Cdp {
  private next = 1;
  private pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private listeners = new Map<string, Set<Listener>>();

  private constructor(private socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        id?: number;
        method?: string;
        params?: Record<string, unknown>;
        sessionId?: string;
        result?: unknown;
        error?: { message: string };
      };
      if (message.id !== undefined) {
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiter?.reject(new Error(message.error.message));
        else waiter?.resolve(message.result);
      } else if (message.method) {
        for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
      }
    });
  }

  /** `maxPayload`: the largest message accepted (the benchmark sends a 10,000-item library in one). */
  static async connect(url: string, maxPayload = 100 * 1024 * 1024): Promise<Cdp> {
    const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload });
    await new Promise((resolveOpen, reject) => {
      socket.once('open', resolveOpen);
      socket.once('error', reject);
    });
    return new Cdp(socket);
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    const id = this.next++;
    this.socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise((resolveSend, reject) => this.pending.set(id, { resolve: resolveSend as (v: unknown) => void, reject }));
  }

  /** Listens for an event; returns the unsubscribe. */
  on(method: string, listener: Listener): () => void {
    if (!this.listeners.has(method)) this.listeners.set(method, new Set());
    this.listeners.get(method)!.add(listener);
    return () => this.listeners.get(method)!.delete(listener);
  }

  /** Evaluates `expression` in a session (awaiting a promise) and returns its value, or throws its exception. */
  async evaluate<T>(expression: string, sessionId: string): Promise<T> {
    const result = await this.send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value;
  }

  close(): void {
    this.socket.close();
  }
}
