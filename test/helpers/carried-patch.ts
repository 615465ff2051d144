/**
 * The upstream patches carried with patch-package (`patches/`), read back: the
 * text each hunk puts into a file and the text it replaces, so a test can check
 * that `npm ci` applied them and can rebuild the file as the package shipped it.
 */
import { readFileSync } from "node:fs";

export interface Hunk {
  /** The file's lines this hunk leaves, as published. */
  readonly before: string;
  /** The same lines, patched. */
  readonly after: string;
}

/** The hunks of `patchFile` that change `path` (as patch-package names it, e.g. `node_modules/docx/dist/layout.mjs`). */
export function hunksOf(patchFile: string, path: string): Hunk[] {
  const hunks: Hunk[] = [];
  let inFile = false;
  let current: { before: string[]; after: string[] } | undefined;
  const finish = () => {
    if (current) hunks.push({ before: current.before.join("\n"), after: current.after.join("\n") });
    current = undefined;
  };
  for (const line of readFileSync(patchFile, "utf8").split("\n")) {
    if (line.startsWith("diff --git ")) {
      finish();
      inFile = line.endsWith(` b/${path}`);
    } else if (inFile && line.startsWith("@@")) {
      finish();
      current = { before: [], after: [] };
    } else if (inFile && current && /^[ +-]/.test(line)) {
      const text = line.slice(1);
      if (!line.startsWith("+")) current.before.push(text);
      if (!line.startsWith("-")) current.after.push(text);
    }
  }
  finish();
  return hunks;
}

/** The file as published: every hunk's patched text put back as it was. Throws where a hunk is not found exactly once. */
export function unpatched(patchedText: string, hunks: readonly Hunk[]): string {
  return hunks.reduce((text, { before, after }) => {
    const at = text.indexOf(after);
    if (at < 0 || text.indexOf(after, at + 1) >= 0) throw new Error(`a hunk is not in the file exactly once: ${after.slice(0, 80)}`);
    return text.slice(0, at) + before + text.slice(at + after.length);
  }, patchedText);
}
