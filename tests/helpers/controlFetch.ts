/**
 * fetch for the simulator's control API, retried once on a network error: a pooled
 * keep-alive socket the server has just closed answers ECONNRESET on reuse.
 */
export const controlFetch = async (url: string, init?: RequestInit): Promise<Response> => {
  try {
    return await fetch(url, init)
  } catch {
    await new Promise((r) => setTimeout(r, 50))
    return fetch(url, init)
  }
}
