// The canvas's dot-vote tool: a click places one of the participant's dots on what is under the pointer, Alt+click takes one back.
import { StateNode, type Editor, type TLPointerEventInfo } from 'tldraw'

/** What a click during a vote does: the client point, and whether it takes a dot back. */
export type VoteClick = (at: { x: number; y: number }, takeBack: boolean) => void

const handlers = new WeakMap<Editor, VoteClick>()

/** Lets the vote on the canvas answer the tool's clicks; returns the function that stops it. */
export function onVoteClick(editor: Editor, handler: VoteClick): () => void {
  handlers.set(editor, handler)
  return () => {
    if (handlers.get(editor) === handler) handlers.delete(editor)
  }
}

/**
 * Chosen by itself for participants while a vote is open: clicks vote instead of selecting
 * or moving things, and the hand, the wheel and the keyboard still move the view.
 */
export class VoteTool extends StateNode {
  static override id = 'vote'

  override onEnter() {
    this.editor.setCursor({ type: 'cross', rotation: 0 })
  }

  override onPointerDown(info: TLPointerEventInfo) {
    if (info.button !== 0) return
    handlers.get(this.editor)?.(info.point, info.altKey || info.shiftKey)
  }

  override onCancel() {
    this.editor.setCurrentTool('select')
  }
}
