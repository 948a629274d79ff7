// The browser benchmark's third parties: a proxy that both browsers send every request to except
// localhost's (which browsers never proxy), and that never answers. A news page's ads, trackers,
// fonts and embeds then behave as on a slow network: neither answered nor refused, each request
// stays open until it times out, so the page's load event waits for them as it does for a reader.
// Nothing leaves the machine.
import { createServer } from 'node:http';

/**
 * Starts the proxy on a free port of 127.0.0.1. Plain-HTTP requests and HTTPS tunnels (CONNECT)
 * alike are held until `timeoutMs`, then their connection is dropped, as a request that timed out.
 * `held()` counts the requests held so far.
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ port: number, held: () => number, close: () => Promise<void> }>}
 */
export async function startHoldingProxy({ timeoutMs = 60_000 } = {}) {
  const sockets = new Set();
  let held = 0;
  const hold = (socket) => {
    held += 1;
    sockets.add(socket);
    const timer = setTimeout(() => socket.destroy(), timeoutMs);
    socket.on('close', () => {
      clearTimeout(timer);
      sockets.delete(socket);
    });
    // A browser that gives up (the page navigated away) resets the connection: not an error here.
    socket.on('error', () => {});
  };
  const server = createServer((request) => hold(request.socket));
  server.on('connect', (_request, socket) => hold(socket));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the holding proxy has no TCP address');
  return {
    port: address.port,
    held: () => held,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
