import type { CollectionBeforeChangeHook } from 'payload'
import { isEmptyLexical, sectionsDocument } from '../../../src/shared/lexical'

/** A story started from an editorial template gets the template's sections as its body. */
export const prefillFromTemplate: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data.template || !isEmptyLexical(data.body)) return data
  const templateId = typeof data.template === 'object' ? data.template.id : data.template
  const template = await req.payload.findByID({
    collection: 'editorial-templates',
    id: templateId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const defaultCategory =
    typeof template.defaultCategory === 'object' ? template.defaultCategory?.id : template.defaultCategory
  return {
    ...data,
    body: sectionsDocument(template.sections ?? []),
    category: data.category ?? defaultCategory ?? undefined,
  }
}
