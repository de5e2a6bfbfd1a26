import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

// Outgoing mail (학교 인증 codes, 비밀번호 찾기 links, notices). A service calls sendMailLater()
// AFTER its transaction has committed; the mail goes into a bounded in-process queue and the
// request answers at once: a slow or dead SMTP server never slows or fails it.
//   - With SMTP_URL (smtp:// or smtps://, optional credentials): nodemailer sends it, from
//     MAIL_FROM, as Korean plain text + HTML. A failure is retried (MAIL_RETRY_DELAYS_MS), then
//     given up with one log line: the student can ask again.
//   - Without SMTP_URL (a fresh clone): the mail is written to MAIL_DIR (.data/mail/) as an .eml
//     file and its code or link goes to the log, so the README's two commands work without a
//     mail server.
// Log lines never carry the recipient's address (docs/DECISIONS.md, "Operations": no line ties a
// person to anything).

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** What a developer without a mail server needs from it (the code or the link), logged only then. */
  devNote: string;
};

/** At most this many mails wait in one process; more are dropped (logged) until it drains. */
export const MAIL_QUEUE_MAX = 500;
/** Waits before each retry: 4 attempts in all. */
export const MAIL_RETRY_DELAYS_MS = [2_000, 15_000, 60_000];
const CONCURRENCY = 2;

type Job = { mail: Mail; attempt: number };
const queue: Job[] = [];
let active = 0;
let waitingRetries = 0;
let transport: { url: string; transporter: Transporter } | undefined;

/** Mails waiting in this process (queued, being sent or waiting for a retry). */
export function pendingMailCount(): number {
  return queue.length + active + waitingRetries;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

function smtpTransport(url: string): Transporter {
  if (transport?.url !== url) {
    const host = new URL(url).hostname;
    transport = {
      url,
      transporter: nodemailer.createTransport({
        url,
        // Bounded waits: a server that accepts the connection and then says nothing is a failure
        // (retried), not a queue that stops.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
        // A mail server on this machine may offer STARTTLS with a self-signed certificate; the
        // traffic never leaves the machine. Anything else is verified as usual.
        ...(LOOPBACK.has(host) ? { tls: { rejectUnauthorized: false } } : {}),
      } as Parameters<typeof nodemailer.createTransport>[0]),
    };
  }
  return transport.transporter;
}

async function writeEml(mail: Mail): Promise<string> {
  const dir = path.resolve(env().MAIL_DIR);
  await fs.promises.mkdir(dir, { recursive: true });
  const raw = await new MailComposer({
    from: env().MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
  })
    .compile()
    .build();
  const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${crypto.randomBytes(4).toString("hex")}.eml`;
  const file = path.join(dir, name);
  await fs.promises.writeFile(file, raw, { mode: 0o600 });
  return path.relative(process.cwd(), file) || file;
}

async function deliver(mail: Mail): Promise<void> {
  const e = env();
  if (!e.SMTP_URL) {
    const file = await writeEml(mail);
    logger.info({ file }, `[mail] no SMTP_URL: written to ${file} — ${mail.devNote}`);
    return;
  }
  await smtpTransport(e.SMTP_URL).sendMail({
    from: e.MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
  });
}

function pump() {
  while (active < CONCURRENCY && queue.length) {
    const job = queue.shift()!;
    active++;
    deliver(job.mail)
      .catch((err: unknown) => {
        const why = err instanceof Error ? err.message.split("\n")[0].slice(0, 200) : String(err);
        const delay = MAIL_RETRY_DELAYS_MS[job.attempt];
        if (delay === undefined) {
          logger.error({ attempts: job.attempt + 1, why }, "[mail] could not be sent; given up");
          return;
        }
        logger.warn({ attempt: job.attempt + 1, why }, "[mail] not sent; will retry");
        waitingRetries++;
        setTimeout(() => {
          waitingRetries--;
          enqueue({ mail: job.mail, attempt: job.attempt + 1 });
        }, delay).unref();
      })
      .finally(() => {
        active--;
        pump();
      });
  }
}

function enqueue(job: Job) {
  if (queue.length >= MAIL_QUEUE_MAX) {
    logger.error({ queued: queue.length }, "[mail] queue full; mail dropped");
    return;
  }
  queue.push(job);
  // The next turn of the event loop: the request that caused the mail answers first.
  setImmediate(pump);
}

/**
 * Queues a mail for delivery and returns at once (never throws). Call it after the transaction
 * that made the mail true has committed.
 */
export function sendMailLater(mail: Mail): void {
  enqueue({ mail, attempt: 0 });
}
