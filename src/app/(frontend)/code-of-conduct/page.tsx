import type { Metadata } from 'next'
import { GlobalPageView } from '../../../components/site/GlobalPageView'
import { findGlobalPage } from '../../../site/findGlobalPage'

export const metadata: Metadata = { title: 'Code of conduct' }

export default async function CodeOfConductPage() {
  return <GlobalPageView page={await findGlobalPage('code-of-conduct')} />
}
