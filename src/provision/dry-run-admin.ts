import type { SpreadsheetAdmin } from "./spreadsheet-admin.ts";

export const DRY_RUN_ACCOUNT = "ditt Google-konto";

/**
 * A SpreadsheetAdmin that calls nobody: it finds nothing, and "makes" each
 * spreadsheet with a placeholder address, so a dry run walks the same steps
 * as the real set-up and prints them.
 */
export function dryRunAdmin(): SpreadsheetAdmin {
  let made = 0;
  return {
    account: async () => DRY_RUN_ACCOUNT,
    findCentral: async () => undefined,
    findBlocks: async () => new Map(),
    create: async () => {
      made++;
      return { id: `nytt-kalkylark-${made}`, url: `(adressen till nytt kalkylark ${made})` };
    },
    refresh: async () => undefined,
    share: async () => "shared",
    writeCells: async () => undefined,
  };
}
