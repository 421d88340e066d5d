// The root layout: the page frame and global styles every page shares.
import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { ZodWithoutEval } from '@/components/zod-without-eval'
import './globals.css'

// Every page is rendered per request, so each carries the script nonce of its own
// Content-Security-Policy (a page prerendered at build time would carry none).
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Cubeboard',
  description: 'A live whiteboard for silo-breaking workshops',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <ZodWithoutEval />
        {children}
      </body>
    </html>
  )
}
