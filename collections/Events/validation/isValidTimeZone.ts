import { IANAZone } from 'luxon'

/** True for IANA zone names this runtime knows (e.g. Europe/Berlin); false for offsets or typos. */
export const isValidTimeZone = (zone: string): boolean =>
  /\//.test(zone) || zone === 'UTC' ? IANAZone.isValidZone(zone) : false
