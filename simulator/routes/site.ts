// SiteController#basic_info and CategoriesController#index.
import type { Router } from 'express'
import type { SimulatorContext } from '../context'
import { reply } from '../reply'
import { basicInfo } from '../serializers/basicInfo'
import { categoryList } from '../serializers/category'

export const siteRoutes = (router: Router, ctx: SimulatorContext): void => {
  const { state, settings } = ctx.forum
  router.get('/site/basic-info.json', (_req, res) => reply(res, 200, basicInfo(settings)))
  router.get('/categories.json', (req, res) =>
    reply(res, 200, categoryList(state, String(req.query.include_subcategories) === 'true')),
  )
}
