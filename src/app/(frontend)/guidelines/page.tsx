import type { Metadata } from 'next'
import { GlobalPageView } from '@/src/components/site/GlobalPageView'
import { findGlobalPage } from '@/src/site/findGlobalPage'

export const metadata: Metadata = { title: 'Editorial guidelines' }

export default async function GuidelinesPage() {
  return <GlobalPageView page={await findGlobalPage('editorial-guidelines')} />
}
