import Link from 'next/link'

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is nothing here, or it is not published. <Link href="/">Back to the home page</Link>.
      </p>
    </>
  )
}
