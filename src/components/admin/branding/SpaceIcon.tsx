import { spaceMarkDataUrl } from '@/config/spaceMark'

/** The admin's small graphic (navigation, the top left of every screen): Space's mark. */
export const SpaceIcon = () => <img src={spaceMarkDataUrl} alt="Space" width={24} height={24} />
