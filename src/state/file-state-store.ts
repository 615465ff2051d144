/**
 * The state store in a local folder: one file per key. A create-only write is a
 * hard link from a fully written temporary file — `link` fails with EEXIST when
 * the name is taken, so it is atomic and a reader never sees half a value.
 */
import { randomUUID } from "node:crypto";
import { link, mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { keySegments, type CreateResult, type StateStore } from "./state-store.ts";

const TEMP_DIR = ".tmp";

/** A state store in `dir` (created on first write). */
export function fileStateStore(dir: string): StateStore {
  const root = resolve(dir);
  const pathOf = (key: string) =>
    join(
      root,
      ...keySegments(key)
        .map((s) => `${s}.d`)
        .slice(0, -1),
      `${keySegments(key).at(-1)}.json`,
    );

  async function writeTemp(value: string): Promise<string> {
    const tempDir = join(root, TEMP_DIR);
    await mkdir(tempDir, { recursive: true });
    const temp = join(tempDir, `${randomUUID()}.tmp`);
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(value, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    return temp;
  }

  return {
    where: root,
    async createOnce(key: string, value: string): Promise<CreateResult> {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temp = await writeTemp(value);
      try {
        await link(temp, path);
        return "created";
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") return "exists";
        throw error;
      } finally {
        await unlink(temp).catch(() => undefined);
      }
    },
    async get(key: string): Promise<string | undefined> {
      try {
        return await readFile(pathOf(key), "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
    async put(key: string, value: string): Promise<void> {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temp = await writeTemp(value);
      try {
        await rename(temp, path);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    },
  };
}
