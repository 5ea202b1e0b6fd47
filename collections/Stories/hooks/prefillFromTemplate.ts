import type { CollectionBeforeChangeHook } from 'payload'
import type { Story } from '@/types/payload-types'
import { isEmptyLexical } from '@/shared/lexical'
import { templatePrefill } from '../templatePrefill'

/** A story started from an editorial template gets the template's sections as its body. */
export const prefillFromTemplate: CollectionBeforeChangeHook<Story> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data.template || !isEmptyLexical(data.body)) return data
  const templateId = typeof data.template === 'object' ? data.template.id : data.template
  const prefill = await templatePrefill(req, templateId)
  if (!prefill) return data
  return { ...data, body: prefill.body, category: data.category ?? prefill.category ?? undefined }
}
