/** The service account's address (a key file, or the metadata server on Cloud Run); `undefined` for a user login. */
export async function accountOf(auth: unknown): Promise<string | undefined> {
  const withCredentials = auth as { getCredentials?: () => Promise<{ client_email?: string }> };
  if (typeof withCredentials.getCredentials !== "function") return undefined;
  return (await withCredentials.getCredentials()).client_email || undefined;
}
