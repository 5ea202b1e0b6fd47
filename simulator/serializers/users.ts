// BasicUserSerializer and friends.
import type { SimUser } from '../state'

export const avatarTemplate = (user: SimUser): string =>
  `/letter_avatar_proxy/v4/letter/${user.username[0]?.toLowerCase() ?? 'x'}/8c91f0/{size}.png`

export const basicUser = (user: SimUser) => ({
  id: user.id,
  username: user.username,
  name: user.name,
  avatar_template: avatarTemplate(user),
})

/** For code that must not crash on a user removed by a reset while a request was in flight. */
export const ghostUser: SimUser = {
  id: 0,
  username: 'ghost',
  name: 'ghost',
  admin: false,
  moderator: false,
  trust_level: 0,
}
