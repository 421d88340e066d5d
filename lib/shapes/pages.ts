import type { TLPageId } from 'tldraw'

/** The page every board starts with (tldraw's default page id). */
export const firstPageId = 'page:page' as TLPageId
