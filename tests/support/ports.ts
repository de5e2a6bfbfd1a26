import net from "node:net";

/**
 * A loopback port nobody listens on, picked by the OS: tests that start servers of their own
 * (start-up, shutdown, several processes) never collide with another server on this machine.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
