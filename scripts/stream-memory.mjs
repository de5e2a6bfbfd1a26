// Memory of a server under stalled 알림 stream readers (issue 26.1): `node scripts/stream-memory.mjs
// [readers]` (default 120) after a build (NEXT_DIST_DIR, default .next-test). It starts the
// journeys' server (scripts/e2e-server.mjs: a fresh SQLite database, the production build, one
// process) on PORT (default 4400), signs up readers/10 students, measures the server's memory at
// rest, then opens 10 streams per student that never read a byte, and writes 1,500 notifications of
// 200 characters per student straight into the database (the streams find them by their poll).
// It prints the resident memory of the server's process tree at rest, its peak while the readers
// stall, the bytes one reading stream got (the events did flow: it ends at the 512 KB a connection
// may carry) and a health check's slowest latency meanwhile.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const PORT = Number(process.env.PORT ?? 4400);
const READERS = Number(process.argv[2] ?? 120);
const STUDENTS = Math.ceil(READERS / 10);
const PER_STUDENT = 1500;
const base = `http://127.0.0.1:${PORT}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "campustime-stream-memory-"));
const server = spawn(process.execPath, ["scripts/e2e-server.mjs", String(PORT)], {
  env: {
    NEXT_DIST_DIR: ".next-test",
    ...process.env,
    E2E_DATA_DIR: dir,
    LOG_LEVEL: "error",
    E2E_SMTP_PORT: "1",
  },
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = () => {
  server.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
};
process.on("exit", stop);

/** Resident memory (KB) of a process and every process under it. */
function treeRssKb(root) {
  const children = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // gone
    }
  }
  let kb = 0;
  const walk = (pid) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      kb += m ? Number(m[1]) : 0;
    } catch {
      // gone
    }
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return kb;
}

async function json(method, url, body, token) {
  const res = await fetch(base + url, {
    method,
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${await res.text()}`);
  return res.json();
}

async function healthMs() {
  const t = performance.now();
  await fetch(`${base}/api/v1/health`);
  return Math.round(performance.now() - t);
}

for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/api/v1/health`)).ok) break;
  } catch {
    // starting
  }
  if (i > 2400) throw new Error("the server did not start");
  await sleep(250);
}

const { items: schools } = await json("GET", "/api/v1/schools");
const tag = Date.now().toString(36);
const students = [];
for (let i = 0; i < STUDENTS; i++) {
  const email = `stall${i}-${tag}@hanbit.ac.kr`;
  const password = "stall-password-1";
  const { user } = await json("POST", "/api/v1/auth/signup", {
    email,
    password,
    nickname: `정지${i}${tag}`.slice(0, 20),
    schoolId: schools[0].id,
  });
  const { accessToken } = await json("POST", "/api/v1/auth/token", { email, password });
  students.push({ id: user.id, token: accessToken });
}
// At rest: the same requests once more, then a pause.
for (const s of students) await json("GET", "/api/v1/notifications", undefined, s.token);
await sleep(3000);
const pid = server.pid;
const idleKb = treeRssKb(pid);

const sockets = [];
for (const s of students) {
  for (let k = 0; k < 10; k++) {
    const socket = net.connect(PORT, "127.0.0.1");
    socket.on("error", () => {});
    socket.write(
      `GET /api/v1/notifications/stream HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\n` +
        `Authorization: Bearer ${s.token}\r\nAccept: text/event-stream\r\n\r\n`,
    );
    socket.pause(); // never reads: the kernel's buffers fill, then the server's queue
    sockets.push(socket);
  }
}
// One stream of the first student that does read: the bytes it gets show the events flowed.
let readBytes = 0;
const control = net.connect(PORT, "127.0.0.1");
control.on("error", () => {});
control.on("data", (chunk) => (readBytes += chunk.length));
control.write(
  `GET /api/v1/notifications/stream HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\n` +
    `Authorization: Bearer ${students[0].token}\r\nAccept: text/event-stream\r\n\r\n`,
);
await sleep(3000);

const db = new Database(path.join(dir, "e2e.db"));
const sample = db.prepare(`SELECT "createdAt" FROM "Notification" LIMIT 1`).get();
const createdAt = () =>
  typeof sample?.createdAt === "number" ? Date.now() : new Date().toISOString();
const insert = db.prepare(
  `INSERT INTO "Notification" ("userId", "kind", "text", "link", "isRead", "createdAt") VALUES (?, 'COMMENT', ?, '/', 0, ?)`,
);
const text = "정지된 독자에게 쌓이는 알림 ".repeat(12).slice(0, 200);
let peakKb = idleKb;
let peakHealth = 0;
const rounds = 15;
for (let r = 0; r < rounds; r++) {
  db.transaction(() => {
    for (const s of students)
      for (let n = 0; n < PER_STUDENT / rounds; n++) insert.run(s.id, text, createdAt());
  })();
  await sleep(1000);
  peakKb = Math.max(peakKb, treeRssKb(pid));
  peakHealth = Math.max(peakHealth, await healthMs());
}
for (let i = 0; i < 10; i++) {
  await sleep(1000);
  peakKb = Math.max(peakKb, treeRssKb(pid));
  peakHealth = Math.max(peakHealth, await healthMs());
}
db.close();

const mb = (kb) => (kb / 1024).toFixed(0);
console.log(
  JSON.stringify({
    readers: sockets.length,
    students: STUDENTS,
    notificationsWritten: STUDENTS * PER_STUDENT,
    idleMb: Number(mb(idleKb)),
    peakMb: Number(mb(peakKb)),
    growthMb: Number(mb(peakKb - idleKb)),
    bytesToTheReadingStream: readBytes,
    slowestHealthMs: peakHealth,
  }),
);
for (const s of [...sockets, control]) s.destroy();
process.exit(0);
