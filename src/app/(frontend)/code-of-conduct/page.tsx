import type { Metadata } from 'next'
import { GlobalPageView } from '@/src/components/site/GlobalPageView'
import { findGlobalPage } from '@/src/site/findGlobalPage'

export const metadata: Metadata = { title: 'Code of conduct' }

export default async function CodeOfConductPage() {
  return <GlobalPageView page={await findGlobalPage('code-of-conduct')} />
}
