import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

// A real SMTP server on loopback (the `smtp-server` package, nodemailer's sibling), started by the
// tests themselves: the app sends to it over SMTP exactly as it would to a real one (SMTP_URL).
// Each message is kept as an .eml file in `dir`, so test files in other worker processes read
// the same mailbox (readMail / waitForMail), and parsed with mailparser.

export type Mailbox = { port: number; url: string; dir: string; close(): Promise<void> };

export async function startMailbox(opts: { port?: number; dir?: string } = {}): Promise<Mailbox> {
  const dir =
    opts.dir ?? fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "campustime-mailbox-"));
  fs.mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const name = `${Date.now()}-${crypto.randomBytes(4).toString("hex")}.eml`;
        const to = session.envelope.rcptTo.map((r) => r.address).join(",");
        // The envelope's recipients first, as a header line of our own, then the message.
        fs.writeFileSync(
          path.join(dir, `${name}.tmp`),
          Buffer.concat([Buffer.from(`X-Envelope-To: ${to}\r\n`), ...chunks]),
        );
        fs.renameSync(path.join(dir, `${name}.tmp`), path.join(dir, name));
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => {
      const address = (server as unknown as { server: import("node:net").Server }).server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    dir,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type ReceivedMail = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  file: string;
};

/** Every message in the mailbox folder addressed to `to` (oldest first). */
export async function readMail(dir: string, to: string): Promise<ReceivedMail[]> {
  const out: ReceivedMail[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()) {
    const raw = fs.readFileSync(path.join(dir, file));
    const envelope = /^X-Envelope-To: (.*)\r\n/.exec(raw.toString("utf8", 0, 2000))?.[1] ?? "";
    const recipients = envelope.split(",").map((s) => s.trim().toLowerCase());
    if (!recipients.includes(to.toLowerCase())) continue;
    const parsed: ParsedMail = await simpleParser(raw);
    out.push({
      to: recipients,
      subject: parsed.subject ?? "",
      text: parsed.text ?? "",
      html: typeof parsed.html === "string" ? parsed.html : "",
      file,
    });
  }
  return out;
}

/** Waits (polling the folder) until `count` messages to `to` have arrived; returns them all. */
export async function waitForMail(
  dir: string,
  to: string,
  opts: { count?: number; timeoutMs?: number } = {},
): Promise<ReceivedMail[]> {
  const count = opts.count ?? 1;
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  for (;;) {
    const mail = await readMail(dir, to);
    if (mail.length >= count) return mail;
    if (Date.now() > deadline)
      throw new Error(`expected ${count} mail(s) to ${to}, got ${mail.length}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The 6-digit code of a 학교 인증 mail. */
export function codeOf(mail: ReceivedMail): string {
  const m = /인증 코드: (\d{6})/.exec(mail.text);
  if (!m) throw new Error(`no code in: ${mail.text}`);
  return m[1];
}

/** The reset link of a 비밀번호 찾기 mail. */
export function resetLinkOf(mail: ReceivedMail): string {
  const m = /(https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_%-]+)/.exec(mail.text);
  if (!m) throw new Error(`no reset link in: ${mail.text}`);
  return m[1];
}
