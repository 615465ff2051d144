import { OAuth2Client } from "google-auth-library";
import { FAKE_ACCESS_TOKEN } from "./server.ts";

/** A real auth client with a fixed access token that the fake server accepts: no credentials, no token endpoint. */
export function fakeGoogleAuth(token = FAKE_ACCESS_TOKEN): OAuth2Client {
  const client = new OAuth2Client();
  client.setCredentials({ access_token: token });
  return client;
}
