import Link from 'next/link'

export default function NotFound() {
  return (
    <main>
      <h1>Not found</h1>
      <p>This board does not exist, or the link is incomplete.</p>
      <p>
        <Link href="/">See all boards</Link>
      </p>
    </main>
  )
}
