/** The default transport: each message as an `.eml` file in a folder, which any mail client opens. */
import { mkdir, open } from "node:fs/promises";
import { join, resolve } from "node:path";
import { buildMime } from "./mime.ts";
import type { Delivered, MailTransport, OutgoingMessage } from "./mail-transport.ts";

/** Writes messages to `dir`; a second message with the same id (a deliberate resend) gets `-2`, `-3` … */
export function outboxTransport(dir: string): MailTransport {
  const root = resolve(dir);
  return {
    name: "outbox",
    async send(message: OutgoingMessage): Promise<Delivered> {
      const mime = await buildMime(message);
      await mkdir(root, { recursive: true });
      const base = message.id.replace(/[^\p{L}\p{N}._@+-]/gu, "_");
      for (let n = 1; ; n++) {
        const path = join(root, `${base}${n === 1 ? "" : `-${n}`}.eml`);
        const handle = await open(path, "wx").catch((error: NodeJS.ErrnoException) => {
          if (error.code === "EEXIST") return undefined;
          throw error;
        });
        if (!handle) continue;
        try {
          await handle.writeFile(mime);
        } finally {
          await handle.close();
        }
        return { where: path };
      }
    },
    close: async () => undefined,
  };
}
