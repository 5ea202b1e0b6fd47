/** A slug as URLs carry it: lower-case letters and digits, single dashes between them (empty passes). */
export const validateSlug = (value: string | null | undefined): true | string =>
  !value ||
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ||
  'Use lower-case letters, digits and single dashes.'
