// GET /site/basic-info.json: public, cheap, so it serves as the health probe.
import { z } from 'zod'

export const SiteBasicInfoSchema = z.looseObject({
  title: z.string(),
  description: z.string().nullish(),
  locale: z.string().optional(),
  login_required: z.boolean().optional(),
  logo_url: z.string().nullish(),
})
export type SiteBasicInfo = z.infer<typeof SiteBasicInfoSchema>
