// A server slow clients cannot stall: connections that open a POST and trickle its body hold no
// SQLite admission slot (the gate sits after body parsing), so the verification page and a login
// keep answering while they trickle.
import net from 'node:net';
import { expect, it } from 'vitest';
import type { TestApp } from '../helpers/strapi';

export function slowClientTests(getApp: () => TestApp, serial: string) {
  it('answers /verify/<serial> and a login within a second while four clients trickle their request bodies', async () => {
    const { baseUrl } = getApp();
    const { hostname, port } = new URL(baseUrl);
    const sockets: net.Socket[] = [];
    for (let i = 0; i < 4; i++) {
      const s = net.connect(Number(port), hostname);
      s.on('error', () => {});
      s.write(
        `POST /api/auth/local HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"identifier":"`,
      );
      sockets.push(s);
    }
    const trickle = setInterval(() => sockets.forEach((s) => s.write('a')), 100);
    try {
      await new Promise((r) => setTimeout(r, 500));
      const timed = async (f: () => Promise<Response>) => {
        const t0 = performance.now();
        const res = await f();
        await res.arrayBuffer();
        return { status: res.status, ms: performance.now() - t0 };
      };
      const verify = await timed(() => fetch(`${baseUrl}/verify/${serial}`));
      const login = await timed(() =>
        fetch(`${baseUrl}/admin/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'pheduyet@dienhinh.local', password: 'Test@12345' }),
        }),
      );
      expect(verify.status).toBe(200);
      expect(login.status).toBe(200);
      // Before the gate moved after the body parser, /verify waited more than 20 s here.
      expect(verify.ms).toBeLessThan(1000);
      expect(login.ms).toBeLessThan(1000);
    } finally {
      clearInterval(trickle);
      sockets.forEach((s) => s.destroy());
    }
  });
}
