/**
 * Application Default Credentials, one client per scope set: on Cloud Run the
 * function's own service account through the metadata server, on a
 * workstation `gcloud auth application-default login`. Each use asks for the
 * least scope it needs, and a client is kept, so its token is reused across
 * invocations.
 */
import type { GoogleAuth } from "google-auth-library";

export type GoogleAuthFactory = (scope: string) => Promise<GoogleAuth>;

/** A factory that builds each scope's client once (google-auth-library is loaded on first use). */
export function cachedGoogleAuth(): GoogleAuthFactory {
  const clients = new Map<string, Promise<GoogleAuth>>();
  return (scope) => {
    let client = clients.get(scope);
    if (!client) {
      client = import("./adc-client.ts").then(({ adcClient }) => adcClient(scope));
      clients.set(scope, client);
    }
    return client;
  };
}
