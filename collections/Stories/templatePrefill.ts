import type { PayloadRequest } from 'payload'
import { sectionsDocument } from '@/shared/lexical'

export type TemplatePrefill = {
  template: number
  body: ReturnType<typeof sectionsDocument>
  category?: number
}

/**
 * What a story started from an editorial template begins with: the template's sections as its
 * body and its default category. Used on create (prefillFromTemplate) and by the admin's
 * create form (templatePrefillEndpoint), so both start from the same thing. Null: no such template.
 */
export const templatePrefill = async (
  req: PayloadRequest,
  templateId: number | string,
): Promise<TemplatePrefill | null> => {
  const template = await req.payload.findByID({
    collection: 'editorial-templates',
    id: templateId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!template) return null
  const category =
    typeof template.defaultCategory === 'object'
      ? template.defaultCategory?.id
      : template.defaultCategory
  return {
    template: template.id,
    body: sectionsDocument(template.sections ?? []),
    ...(category ? { category } : {}),
  }
}
