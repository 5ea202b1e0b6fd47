// Wraps axios's real http adapter and records every exchange the client has with the simulator:
// the request body as sent and the response body as received, before any parsing by the client.
import axios, { AxiosError, type AxiosAdapter, type AxiosResponse } from 'axios'

export type Exchange = {
  method: string
  path: string
  requestBody: unknown
  status: number
  responseBody: unknown
}

const parse = (data: unknown): unknown => {
  if (typeof data !== 'string' || data === '') return data === '' ? undefined : data
  try {
    return JSON.parse(data)
  } catch {
    return data
  }
}

export const createRecordingAdapter = () => {
  const http = axios.getAdapter('http')
  const exchanges: Exchange[] = []
  const record = (res: AxiosResponse) => {
    const url = new URL(res.config.url ?? '/', (res.config.baseURL ?? 'http://x') + '/')
    for (const [k, v] of Object.entries(res.config.params ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v))
    exchanges.push({
      method: (res.config.method ?? 'get').toUpperCase(),
      path: url.pathname + url.search,
      requestBody: parse(res.config.data),
      status: res.status,
      responseBody: parse(res.data),
    })
  }
  const adapter: AxiosAdapter = async (config) => {
    try {
      const res = await http(config)
      record(res)
      return res
    } catch (err) {
      if (err instanceof AxiosError && err.response) record(err.response)
      throw err
    }
  }
  return { adapter, exchanges }
}
