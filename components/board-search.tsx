// Search across saved boards' models, as a plain GET form on the dashboard.
import Link from 'next/link'
import type { BoardSearchResult } from '@/lib/boards/model-store'

/**
 * Search across saved boards by department, cube or item name. A plain GET form, so it
 * works before any script has loaded and the results page can be bookmarked.
 */
export function BoardSearch({
  query,
  results,
}: {
  query: string
  results: BoardSearchResult[] | null
}) {
  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">Search boards</h2>
      <form className="create-board" method="get" role="search">
        <label htmlFor="board-search" className="visually-hidden">
          Department, cube or service
        </label>
        <input
          id="board-search"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="Department, cube or service, e.g. KYC"
          maxLength={200}
        />
        <button type="submit">Search</button>
      </form>
      {results === null ? null : results.length === 0 ? (
        <p className="muted">No saved board names “{query}”.</p>
      ) : (
        <ul className="board-list" aria-label="Search results">
          {results.map(({ board, matches }) => (
            <li key={board.id} className="search-result">
              <Link href={`/b/${board.id}`}>{board.title}</Link>
              <ul>
                {matches.slice(0, 8).map((match) => (
                  <li key={`${match.kind}:${match.id}`}>
                    <Link href={`/b/${board.id}?focus=${encodeURIComponent(match.id)}`}>
                      {match.text}
                    </Link>{' '}
                    <span className="muted">{match.context}</span>
                  </li>
                ))}
                {matches.length > 8 ? (
                  <li className="muted">and {matches.length - 8} more</li>
                ) : null}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
