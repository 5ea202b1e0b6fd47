// GET /site/basic-info.json
import type { SimulatorSiteSettings } from '../settings'

export const basicInfo = (settings: SimulatorSiteSettings) => ({
  logo_url: '/images/discourse-logo-sketch.png',
  logo_small_url: '/images/discourse-logo-sketch-small.png',
  apple_touch_icon_url: '/images/default-apple-touch-icon.png',
  favicon_url: '/images/default-favicon.ico',
  title: settings.title,
  description: 'A built-in stand-in for Discourse, for demos and tests only.',
  header_primary_color: '333333',
  header_background_color: 'ffffff',
  login_required: false,
  locale: 'en',
  include_in_discourse_discover: false,
  mobile_logo_url: '',
})
