import * as Y from 'yjs'
import { docLayout, recordToYMap } from '@/lib/sync/record-layout'

/** A board's doc holding one cube, `shape:a`, of the Risk department. */
export function docWithCube(title: string): Y.Doc {
  const doc = new Y.Doc()
  doc.getMap(docLayout.records).set(
    'shape:a',
    recordToYMap({
      id: 'shape:a',
      typeName: 'shape',
      type: 'cube',
      props: { title, department: 'Risk', w: 400, h: 300, turned: false, collapsed: false },
    }),
  )
  return doc
}

/** Renames the cube of `docWithCube`, as a participant typing its title would. */
export function setCubeTitle(doc: Y.Doc, title: string): void {
  const cube = doc.getMap<Y.Map<Y.Map<unknown>>>(docLayout.records).get('shape:a')!
  cube.get('props')!.set('title', title)
}
