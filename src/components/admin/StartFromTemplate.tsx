'use client'
// Above the stories list: the editorial templates, each with a "Start a story" button that
// opens a new story's create form pre-filled from it (GET /api/stories/from-template/:id).
// Nothing is saved until the writer saves, so a click never leaves an empty draft behind.
import { useEffect, useState } from 'react'
import { useRouter } from 'next/navigation'
import { Button, useConfig, useDocumentDrawer } from '@payloadcms/ui'

type Template = { id: number; name: string; description?: string | null }

export const StartFromTemplate = () => {
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [templates, setTemplates] = useState<Template[]>([])
  const [busy, setBusy] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [prefill, setPrefill] = useState<{ key: number; data: Record<string, unknown> } | null>(
    null,
  )
  const [StoryDrawer, , { openDrawer }] = useDocumentDrawer({ collectionSlug: 'stories' })

  useEffect(() => {
    fetch(`${api}/editorial-templates?limit=50&sort=name&depth=0`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`templates: ${res.status}`))))
      .then((body: { docs: Template[] }) => setTemplates(body.docs))
      .catch(() => setError('Could not load the editorial templates.'))
  }, [api])

  const start = async (template: Template) => {
    setBusy(template.id)
    setError(null)
    const res = await fetch(`${api}/stories/from-template/${template.id}`, {
      credentials: 'include',
    })
    const body = await res.json().catch(() => ({}))
    setBusy(null)
    if (!res.ok || !body?.data) {
      setError(body?.errors?.[0]?.message ?? `Could not start a story (${res.status}).`)
      return
    }
    // A new key remounts the drawer's form, so a second template does not keep the first's fields.
    setPrefill((previous) => ({ key: (previous?.key ?? 0) + 1, data: body.data }))
    openDrawer()
  }

  if (!templates.length && !error) return null
  return (
    <section
      aria-labelledby="start-from-template-heading"
      data-testid="start-from-template"
      style={{ marginBottom: 'var(--base)' }}
    >
      <h2 id="start-from-template-heading" style={{ fontSize: '1.1rem' }}>
        Start a story from a template
      </h2>
      {error && <p role="alert">{error}</p>}
      <ul
        style={{
          listStyle: 'none',
          padding: 0,
          display: 'flex',
          flexWrap: 'wrap',
          gap: 'calc(var(--base) / 2)',
        }}
      >
        {templates.map((t) => (
          <li
            key={t.id}
            data-testid={`template-${t.id}`}
            style={{
              border: '1px solid var(--theme-elevation-150)',
              padding: 'calc(var(--base) / 2)',
              maxWidth: '18rem',
            }}
          >
            <strong>{t.name}</strong>
            {t.description && <p style={{ margin: '0.25rem 0' }}>{t.description}</p>}
            <Button
              buttonStyle="secondary"
              size="small"
              disabled={busy !== null}
              onClick={() => start(t)}
              aria-label={`Start a story from the ${t.name} template`}
              id={`start-story-${t.id}`}
            >
              {busy === t.id ? 'Starting…' : 'Start a story'}
            </Button>
          </li>
        ))}
      </ul>
      {prefill ? (
        <StoryDrawer
          key={prefill.key}
          initialData={prefill.data}
          onSave={({ doc }) => router.push(`${config.routes.admin}/collections/stories/${doc.id}`)}
        />
      ) : null}
    </section>
  )
}
