/**
 * A real SMTP server for the tests (the `smtp-server` package): STARTTLS with a
 * self-signed certificate made by openssl for this run, PLAIN/LOGIN auth, and
 * every accepted message kept as its raw bytes. Recipients can be refused on
 * demand, as a real relay would refuse a mailbox.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  readonly from: string;
  readonly to: readonly string[];
  readonly raw: Buffer;
  /** Whether the session had been upgraded to TLS when the message came. */
  readonly secure: boolean;
  readonly user: string | undefined;
}

export interface TestSmtpServer {
  readonly port: number;
  /** The self-signed certificate (PEM) the server presents, and the file it is in. */
  readonly certificate: string;
  readonly certificateFile: string;
  readonly received: ReceivedMail[];
  /** Addresses (lower case) whose RCPT TO is answered with 550. */
  readonly refuse: Set<string>;
  /** Addresses (lower case) whose message is kept, after which the connection is cut before the server answers it. */
  readonly dropAfterData: Set<string>;
  close(): Promise<void>;
}

export const SMTP_USER = "lagesbild";
export const SMTP_PASSWORD = "hemligt lösenord";

/** A key and a self-signed certificate for 127.0.0.1 and localhost, valid for two days. */
export async function selfSignedCertificate(dir: string): Promise<{ keyFile: string; certFile: string }> {
  const keyFile = join(dir, "key.pem");
  const certFile = join(dir, "cert.pem");
  await promisify(execFile)("openssl", [
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-keyout",
    keyFile,
    "-out",
    certFile,
    "-days",
    "2",
    "-subj",
    "/CN=localhost",
    "-addext",
    "subjectAltName=DNS:localhost,IP:127.0.0.1",
  ]);
  return { keyFile, certFile };
}

export interface SmtpServerOptions {
  /** Neither offer nor accept STARTTLS, and take mail without auth: the worst relay there is. */
  readonly withoutStartTls?: boolean;
}

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const dir = await mkdtemp(join(tmpdir(), "lagesbild-smtp-"));
  const { keyFile, certFile } = await selfSignedCertificate(dir);
  const [key, cert] = await Promise.all([readFile(keyFile), readFile(certFile, "utf8")]);
  const received: ReceivedMail[] = [];
  const refuse = new Set<string>();
  const dropAfterData = new Set<string>();
  const server = new SMTPServer({
    secure: false,
    ...(options.withoutStartTls ? { disabledCommands: ["STARTTLS"], authOptional: true } : {}),
    key,
    cert,
    authMethods: ["PLAIN", "LOGIN"],
    // Auth is only offered after STARTTLS (allowInsecureAuth stays false).
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address.toLowerCase())) {
        const error = Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 });
        callback(error);
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          secure: session.secure,
          user: typeof session.user === "string" ? session.user : undefined,
        });
        if (session.envelope.rcptTo.some((r) => dropAfterData.has(r.address.toLowerCase()))) {
          // Stored, and then no answer: the socket is destroyed instead of replying 250.
          for (const connection of (server as unknown as { connections: Set<{ session: { id: string }; _socket: { destroy(): void } }> })
            .connections) {
            if (connection.session.id === session.id) connection._socket.destroy();
          }
          return;
        }
        callback();
      });
    },
    logger: false,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    certificate: cert,
    certificateFile: certFile,
    received,
    refuse,
    dropAfterData,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
