import type { PayloadRequest } from 'payload'

/** PUBLIC_URL when configured, else the origin the request came in on. */
export const feedBaseUrl = (req: PayloadRequest): string =>
  req.payload.config.serverURL || new URL(req.url ?? 'http://localhost').origin
