/**
 * Where the weekly lägesbild's web pages go: the configured folder (the
 * command line's, beside the outbox), else the report store when the caller
 * has one (the functions', next to the reports), else nowhere. Here rather
 * than among the ports, so only the weekly use case's bundles carry it.
 */
import { folderWebPages } from "../sinks/web/folder-web-pages.ts";
import { storedWebPages } from "../sinks/web/stored-web-pages.ts";
import type { PublishWeb } from "../web/web-pages.ts";
import type { Ports } from "./ports.ts";

export function webPublisher(ports: Ports): PublishWeb | undefined {
  const { dir, baseUrl } = ports.mail().web;
  if (dir !== undefined) return folderWebPages(dir, baseUrl);
  // The report store is reached only when pages are published, so one that cannot be costs the e-mails only their link.
  if (ports.config.reports !== undefined) return async (pages) => storedWebPages(await ports.reportStore(), baseUrl)(pages);
  return undefined;
}
