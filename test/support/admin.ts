/**
 * Reads the mock's admin API over HTTP the way a test that drives a real client does.
 */

/** Every request the mock journaled, as `METHOD /path status`, oldest first. */
export async function journalLines(baseUrl: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/__mock/requests`);
  const entries = (await response.json()) as { method: string; path: string; status: number }[];
  return entries.map((e) => `${e.method} ${e.path} ${e.status}`);
}
