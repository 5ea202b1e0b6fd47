// REST calls the browser tests make to set the scene: the first user (an admin), then
// categories, media, stories and events through the product's own API, as a client would.
import sharp from 'sharp'

export type Session = { url: string; token: string }

const headers = (session: Session, json = true): Record<string, string> => ({
  authorization: `JWT ${session.token}`,
  ...(json ? { 'content-type': 'application/json' } : {}),
})

const expectOk = async (res: Response, what: string) => {
  const body = await res.json().catch(() => null)
  if (!res.ok) throw new Error(`${what} answered ${res.status}: ${JSON.stringify(body)}`)
  return body as any
}

/** POST /api/users/first-register: the first user of an empty database becomes admin. */
export const registerFirstUser = async (
  url: string,
  email: string,
  password: string,
  name = 'Ada Admin',
): Promise<Session> => {
  const body = await expectOk(
    await fetch(`${url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, name }),
    }),
    'first-register',
  )
  return { url, token: body.token }
}

/** POST /api/<collection> as the session's user; answers the created document. */
export const createDoc = async <T = any>(
  session: Session,
  collection: string,
  data: unknown,
): Promise<T> =>
  (
    await expectOk(
      await fetch(`${session.url}/api/${collection}`, {
        method: 'POST',
        headers: headers(session),
        body: JSON.stringify(data),
      }),
      `POST /api/${collection}`,
    )
  ).doc

export const updateDoc = async <T = any>(
  session: Session,
  collection: string,
  id: number,
  data: unknown,
): Promise<T> =>
  (
    await expectOk(
      await fetch(`${session.url}/api/${collection}/${id}`, {
        method: 'PATCH',
        headers: headers(session),
        body: JSON.stringify(data),
      }),
      `PATCH /api/${collection}/${id}`,
    )
  ).doc

export const findBySlug = async (
  session: Session,
  collection: string,
  slug: string,
): Promise<any> =>
  (
    await expectOk(
      await fetch(
        `${session.url}/api/${collection}?where[slug][equals]=${encodeURIComponent(slug)}&depth=0`,
        { headers: headers(session, false) },
      ),
      `GET /api/${collection}`,
    )
  ).docs[0]

/** Uploads a generated wide PNG (wider than any phone) with its alt text. */
export const uploadImage = async (
  session: Session,
  alt: string,
  width = 1600,
  height = 900,
): Promise<{ id: number }> => {
  const png = await sharp({ create: { width, height, channels: 3, background: '#2f6f8f' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'cover.png')
  form.append('_payload', JSON.stringify({ alt }))
  return (
    await expectOk(
      await fetch(`${session.url}/api/media`, {
        method: 'POST',
        headers: headers(session, false),
        body: form,
      }),
      'POST /api/media',
    )
  ).doc
}
