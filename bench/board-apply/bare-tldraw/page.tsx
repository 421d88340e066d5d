// A bare tldraw page for the board-apply bench: the same shapes as a Cubeboard board, nothing of Cubeboard's own.
import { createRoot } from 'react-dom/client'
import { Tldraw, type Editor, type TLRecord } from 'tldraw'
import { getAssetUrls } from '@tldraw/assets/selfHosted'

/*
 * Built with esbuild by bare-server.ts. The page's HTML carries the shapes (as Cubeboard's
 * board page carries the board); the editor takes them in at mount, then the board element
 * says it is ready (`data-synced`, what the bench's probe waits for on both pages) and a
 * WebSocket brings remote changes: each message is a JSON list of records that goes into the
 * store as one remote change, the plainest way tldraw takes what a peer did.
 */
declare global {
  interface Window {
    __bareShapes: TLRecord[]
  }
}

const assetUrls = getAssetUrls({ baseUrl: '/tldraw-assets' })

function connectRemote(editor: Editor): void {
  const socket = new WebSocket(`ws://${location.host}/remote`)
  socket.addEventListener('message', (event: MessageEvent<string>) => {
    const records = JSON.parse(event.data) as TLRecord[]
    editor.store.mergeRemoteChanges(() => editor.store.put(records))
  })
}

function BarePage() {
  return (
    <div className="board-screen" style={{ position: 'fixed', inset: 0 }}>
      <Tldraw
        assetUrls={assetUrls}
        onMount={(editor) => {
          editor.store.mergeRemoteChanges(() => editor.store.put(window.__bareShapes))
          document.querySelector('.board-screen')!.setAttribute('data-synced', 'true')
          connectRemote(editor)
        }}
      />
    </div>
  )
}

createRoot(document.getElementById('root')!).render(<BarePage />)
