import { applyProductDefaults, DEFAULT_DATABASE_URL, DEV_DATABASE_URL } from '@/config/productEnv'

describe('the environment every product entry boots with', () => {
  it('is production on the default database unless told otherwise, as `npm start` is', () => {
    expect(applyProductDefaults({})).toEqual({
      NODE_ENV: 'production',
      DATABASE_URL: DEFAULT_DATABASE_URL,
    })
    // Empty counts as unset, as in most .env files.
    expect(applyProductDefaults({ NODE_ENV: '', DATABASE_URL: '' })).toEqual({
      NODE_ENV: 'production',
      DATABASE_URL: DEFAULT_DATABASE_URL,
    })
    expect(applyProductDefaults({ NODE_ENV: 'test', DATABASE_URL: 'file:/tmp/x.db' })).toEqual({
      NODE_ENV: 'test',
      DATABASE_URL: 'file:/tmp/x.db',
    })
  })

  it('gives `npm run dev` a database of its own, so its schema pushes never mark the one `npm start` serves', () => {
    expect(applyProductDefaults({}, { dev: true })).toEqual({
      NODE_ENV: 'development',
      DATABASE_URL: DEV_DATABASE_URL,
    })
    expect(DEV_DATABASE_URL).not.toBe(DEFAULT_DATABASE_URL)
  })
})
