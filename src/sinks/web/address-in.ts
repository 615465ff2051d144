/** The address of a file in a folder published at `baseUrl` (with or without its final slash). */
export function addressIn(baseUrl: string, fileName: string): string {
  return new URL(encodeURIComponent(fileName), baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).href;
}
