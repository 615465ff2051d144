import { GoogleAuth } from "google-auth-library";

/**
 * An Application Default Credentials client for one scope. A module of its
 * own so that it can be imported on demand: a bundle's dynamic import of the
 * CommonJS package itself would give only its default export.
 */
export function adcClient(scope: string): GoogleAuth {
  return new GoogleAuth({ scopes: [scope] });
}
