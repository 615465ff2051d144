import type { Route } from "./router.ts";
import { googleError } from "./sheets-v4.ts";

export const METADATA_TOKEN = "metadata.token";

const FLAVOR = { "metadata-flavor": "Google" } as const;

/**
 * The parts of the Compute metadata server that Application Default
 * Credentials use on Cloud Run: the presence check and the service account's
 * access token (with the scopes asked for). Point `GCE_METADATA_HOST` here and
 * `new GoogleAuth({ scopes })` behaves as it does in production. Calls to the
 * token are counted per scope list, so tests can check the scopes used.
 */
export function metadataRoutes(token: string): Route[] {
  return [
    {
      method: "GET",
      path: /^\/computeMetadata\/v1\/instance\/?$/,
      endpoint: "metadata.instance",
      public: true,
      handle: ({ headers }) => (headers["metadata-flavor"] === "Google" ? { status: 200, body: { id: 1 }, headers: FLAVOR } : forbidden()),
    },
    {
      method: "GET",
      path: /^\/computeMetadata\/v1\/instance\/service-accounts\/([^/]+)\/token$/,
      endpoint: METADATA_TOKEN,
      public: true,
      key: ({ query }) => query.get("scopes") ?? "",
      handle: ({ headers }) =>
        headers["metadata-flavor"] === "Google"
          ? { status: 200, body: { access_token: token, expires_in: 3599, token_type: "Bearer" }, headers: FLAVOR }
          : forbidden(),
    },
  ];
}

/**
 * Google's tokeninfo for the fake's one token: the scopes a token carries.
 * The fake cannot know which scopes a real token was given; it answers every
 * scope lägesbild asks for (the smoke check shows the real ones).
 */
export function tokenInfoRoute(token: string, scopes: readonly string[]): Route {
  return {
    method: "GET",
    path: /^\/tokeninfo$/,
    endpoint: "oauth2.tokeninfo",
    public: true,
    handle: ({ query }) =>
      query.get("access_token") === token
        ? {
            status: 200,
            body: {
              azp: "fake",
              aud: "fake",
              scope: scopes.join(" "),
              exp: "9999999999",
              expires_in: "3599",
              email: "fake-google@lagesbild.invalid",
              email_verified: "true",
              access_type: "online",
            },
          }
        : { status: 400, body: { error: "invalid_token", error_description: "Invalid Value" } },
  };
}

function forbidden() {
  return { status: 403, body: googleError(403, "Missing Metadata-Flavor:Google header.") };
}

/**
 * The environment that makes Application Default Credentials take the
 * (fake) metadata server, and nothing else: no key file, no gcloud login.
 */
export function metadataEnv(rootUrl: string, emptyHome: string): Record<string, string> {
  return {
    GCE_METADATA_HOST: new URL(rootUrl).host,
    METADATA_SERVER_DETECTION: "ping-only",
    GOOGLE_APPLICATION_CREDENTIALS: "",
    HOME: emptyHome,
  };
}
