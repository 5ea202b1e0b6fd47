/** A publication date; shown as a calendar date in UTC so server and browser agree. */
export const PublishedDate = ({ value }: { value: string | null }) => {
  if (!value) return null
  const text = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(value),
  )
  return <time dateTime={value}>{text}</time>
}
