/** JSON from our own origin, fetched once per URL (a failed fetch is tried again next time). */
const cache = new Map<string, Promise<unknown>>();

export function fetchJson<T>(url: string): Promise<T> {
  if (!cache.has(url)) {
    const request = fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: ${r.status}`))));
    cache.set(
      url,
      request.catch((error) => {
        cache.delete(url);
        throw error;
      }),
    );
  }
  return cache.get(url) as Promise<T>;
}
