// The page every board starts with.
import type { TLPageId } from '@tldraw/tlschema'

/** The page every board starts with (tldraw's default page id). */
export const firstPageId = 'page:page' as TLPageId
