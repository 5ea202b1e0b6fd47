// Site endpoints.
import type { DiscourseHttp } from '../http'
import { SiteBasicInfoSchema, type SiteBasicInfo } from '../schemas/siteBasicInfo'

/** GET /site/basic-info.json: public and cheap, so it is the health probe. */
export const getSiteBasicInfo = (http: DiscourseHttp): Promise<SiteBasicInfo> =>
  http.request({ method: 'GET', path: '/site/basic-info.json', schema: SiteBasicInfoSchema })
