import { NotFoundBody } from '@/src/components/site/NotFoundBody'

/** `notFound()` from a public page: inside the (frontend) layout, so header and footer are there. */
export default function NotFound() {
  return <NotFoundBody />
}
