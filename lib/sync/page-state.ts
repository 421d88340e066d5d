/**
 * The board's doc as the server holds it when it renders the board page, carried in the
 * page so that the browser's doc holds the board before the socket has said a word.
 */
import * as Y from 'yjs'
import { fromBase64, toBase64 } from 'lib0/buffer'
import { docLayout } from './record-layout'

/**
 * Larger boards open without the page state, and the socket brings them the doc: the page
 * is rendered on the server's event loop, and would carry several megabytes (a 2,000-shape
 * board's state is 1.1 MB as the page carries it).
 */
export const pageStateRecordLimit = 5000

/**
 * The doc's whole state as the page carries it (a Yjs update in the V2 encoding, as base64);
 * null when the doc holds no board yet or too large a one. V2 is about half the size of the
 * V1 updates the socket speaks (a 2,000-shape board: 0.8 MB against 1.4 MB) and quicker for
 * the browser to take in; once the doc holds it, the socket only brings what changed since.
 */
export function pageStateOfDoc(doc: Y.Doc): string | null {
  const schema = doc.getMap(docLayout.meta).get('schema')
  const size = doc.getMap(docLayout.records).size
  if (schema === undefined || size === 0 || size > pageStateRecordLimit) return null
  return toBase64(Y.encodeStateAsUpdateV2(doc))
}

/**
 * Puts the page state into a new doc, before its connection opens, so that the connection's
 * first message asks only for what changed since. Should the state be damaged, Yjs stops
 * where it fails, and the socket brings whatever it did not take in.
 */
export function applyPageState(doc: Y.Doc, state: string): void {
  try {
    Y.applyUpdateV2(doc, fromBase64(state))
  } catch (error) {
    console.warn('Cubeboard: the page brought a board state that could not be read', error)
  }
}
