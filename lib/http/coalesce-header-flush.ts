import http from "node:http";

// One socket write per response instead of two (docs/BENCHMARKS.md, session 3).
//
// Next.js calls `res.flushHeaders()` right before it writes the first chunk of every response
// (next/dist/server/pipe-readable.js: `res.flushHeaders(); … res.write(chunk)`, in one synchronous
// step). Node's flushHeaders sends the status line and headers at once, in a write of their own,
// and the body follows in a second one. On this machine a socket write is the most expensive thing
// a small response does: the two writes were a quarter of the CPU of `GET /api/v1`.
//
// Here flushHeaders is deferred to the end of the current tick: when the body is written in the
// same tick (always, from Next), the headers leave with it in one write; when nothing is written
// by then, the headers are flushed as before. What the client receives, and when, is unchanged.

const INSTALLED = Symbol.for("campustime.coalesceHeaderFlush");

type Res = http.ServerResponse & { _headerSent?: boolean };

export function installCoalescedHeaderFlush() {
  const proto = http.ServerResponse.prototype as Res & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const flushHeaders = proto.flushHeaders;
  proto.flushHeaders = function (this: Res) {
    process.nextTick(() => {
      // Sent with a body write in the meantime, or finished: nothing left to flush.
      if (this._headerSent || this.writableEnded || this.destroyed) return;
      flushHeaders.call(this);
    });
  };
}
