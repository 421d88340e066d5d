// The page for addresses that lead nowhere (and boards you are not a member of).
import Link from 'next/link'

export default function NotFound() {
  return (
    <main>
      <h1>Not found</h1>
      <p>
        This board does not exist or you have no access to it. If someone invited you, open the
        invite link they sent you.
      </p>
      <p>
        <Link href="/">Your boards</Link>
      </p>
    </main>
  )
}
