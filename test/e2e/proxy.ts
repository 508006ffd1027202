import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * Firefox has no host-resolver rules: it is told to use this proxy for every connection, and the
 * proxy sends every tunnel (`CONNECT host:443`) to the local HTTPS stand-in, whatever the host.
 * Plain-HTTP requests get a 502, so nothing reaches the internet and nothing hangs.
 */
export interface StandInProxy {
  port: number;
  close(): Promise<void>;
}

export async function startProxy(standInPort: number): Promise<StandInProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      client.off('data', onData);
      const requestLine = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
      if (!requestLine.startsWith('CONNECT ')) {
        client.end(
          'HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/plain\r\nconnection: close\r\n\r\nOnly HTTPS is served by the stand-in.',
        );
        return;
      }
      const upstream = connect(standInPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        const rest = head.subarray(end + 4);
        if (rest.length) upstream.write(rest);
        client.pipe(upstream).pipe(client);
      });
      track(upstream);
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
