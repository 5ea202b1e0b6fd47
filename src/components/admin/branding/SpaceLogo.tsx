import { SPACE_ACCENT, spaceMarkDataUrl } from '@/config/spaceMark'

/** The admin's large graphic (the login and create-first-user screens): the mark and the name. */
export const SpaceLogo = () => (
  <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.6rem' }}>
    <img src={spaceMarkDataUrl} alt="" width={44} height={44} />
    <span
      style={{ fontSize: '2rem', fontWeight: 700, color: SPACE_ACCENT, letterSpacing: '-0.01em' }}
    >
      Space
    </span>
  </span>
)
