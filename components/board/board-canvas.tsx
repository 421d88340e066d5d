/**
 * The live board: tldraw's canvas with the board kind's shapes and tools, the session and the
 * panels.
 */
'use client'

import 'tldraw/tldraw.css'
import Link from 'next/link'
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import {
  computed,
  getUserPreferences,
  setUserPreferences,
  Tldraw,
  type Editor,
  type TLCameraOptions,
  type TLComponents,
  type TLShape,
  type TLUser,
  type TLUserId,
} from 'tldraw'
import { getAssetUrls } from '@tldraw/assets/selfHosted'
import type { RoomRole } from '@/lib/auth/room-token'
import { may, type BoardRole } from '@/lib/auth/board-roles'
import type { RoomToken } from '@/lib/sync/board-connection'
import type { Revisit } from '@/lib/model'
import { boardKind, type BoardKind } from '@/lib/kinds'
import { kindCanvas } from '@/lib/kinds/kind-canvas'
import { cubeShapeType, exportFilesOf } from '@/lib/model'
import { keepRecordsWhole, tidyUp, typeIntoShapes, undoKeysWhileEditing } from '@/lib/shapes'
import { bindPresence } from '@/lib/sync/presence'
import { hiddenFrom } from '@/lib/facilitation/record-guard'
import { AgendaPanel } from '@/components/facilitation/agenda-panel'
import { guardParticipantEdits } from '@/lib/facilitation/participant-guards'
import { encodeRevealRequest, listenToRevealAnswers } from '@/lib/sync/private-room'
import { SessionBar, type SessionPanelName } from '@/components/facilitation/session-bar'
import { SpotlightOverlay } from '@/components/facilitation/spotlight-overlay'
import {
  SessionContext,
  useSessionState,
  type SessionContextValue,
} from '@/components/facilitation/use-session'
import { writeSession } from '@/lib/facilitation/session-state'
import type { SessionWrite } from '@/lib/facilitation/session-moves'
import { useMyBallot } from '@/components/facilitation/use-my-ballot'
import { VotePanel } from '@/components/facilitation/vote-panel'
import {
  DotsOnPlainShapes,
  useCanvasVoting,
  WatchVoteCandidates,
} from '@/components/facilitation/canvas-vote'
import type { VoteCandidate } from '@/lib/facilitation/vote-candidates'
import { CanvasVoteContext } from '@/lib/shapes/shared/vote-dots'
import { ConnectionIndicator } from './connection-indicator'
import { BoardHighlightOverlay } from './board-highlight'
import { CreateMenu, focusCanvas } from './create-menu'
import { boardToolbar } from './board-toolbar'
import { LinkServicesDialog } from './link-services-dialog'
import { LocksHoldContext } from '@/lib/shapes/shared/locks'
import { LinkDragOverlay } from '@/lib/shapes/service-link/link-drag-overlay'
import { ModelPanel } from './model-panel'
import { RevisitPanel } from './revisit-panel'
import { StylePanelWhenStyled } from './style-panel'
import { focusOnBoard } from './use-live-model'
import type { BoardSession } from './use-board-session'
import { useBoardStore } from './use-board-store'

// Fonts, icons and translations come from this server (app/tldraw-assets), never a CDN.
const assetUrls = getAssetUrls({ baseUrl: '/tldraw-assets' })

/**
 * tldraw's zoom range without its 800% step: 5% to 400%. tldraw draws its hatched fill
 * pattern for every zoom level up to max/min (160× by default, 2048-pixel tiles), which
 * took some 40 ms of every board's first frame; up to 80× it is a quarter of that.
 */
const cameraOptions: Partial<TLCameraOptions> = { zoomSteps: [0.05, 0.1, 0.25, 0.5, 1, 2, 4] }

/**
 * In front of every board's canvas: the facilitator's spotlight, a link being dragged and
 * what the Model panel shows on the board.
 */
function InFrontOfTheBoard() {
  return (
    <>
      <SpotlightOverlay />
      <LinkDragOverlay />
      <BoardHighlightOverlay />
    </>
  )
}

/** What tldraw takes for a kind's board: its shapes, tools, toolbar and exports, made once per kind. */
const kindProps = new Map<BoardKind, ReturnType<typeof propsOfKind>>()

function propsOfKind(id: BoardKind) {
  const kind = boardKind(id)
  const canvas = kindCanvas(kind)
  const toolbar = boardToolbar(canvas.tools)
  const components: TLComponents = {
    ...toolbar.components,
    InFrontOfTheCanvas: InFrontOfTheBoard,
    OnTheCanvas: DotsOnPlainShapes,
    StylePanel: StylePanelWhenStyled,
  }
  return {
    schemas: canvas.shapes.map((shape) => shape.schema),
    shapeUtils: canvas.shapes.map((shape) => shape.util),
    tools: toolbar.tools,
    overrides: toolbar.overrides,
    components,
    exportFiles: exportFilesOf(kind.sections),
    /** What the Create menu makes: the toolbar's shapes, named as their tools are. */
    // Each is one of the kind's shapes, whose utils this canvas registers with tldraw.
    creatable: kind.toolbar.map((type, index) => ({
      type: type as TLShape['type'],
      label: canvas.tools[index]!.label,
    })),
    /** Whether its boards hold cubes, which Tidy up lays out. */
    hasCubes: canvas.shapes.some((shape) => shape.schema.type === cubeShapeType),
  }
}

function canvasOfKind(id: BoardKind) {
  if (!kindProps.has(id)) kindProps.set(id, propsOfKind(id))
  return kindProps.get(id)!
}

export interface BoardCanvasProps {
  boardId: string
  title: string
  /** The board's kind: which shapes, tools and exports it has. */
  kind: BoardKind
  role: RoomRole
  /** The signed-in person: their own ballot, private items and presence are theirs by this id. */
  userId: string
  /** The signed-in person's name, shown to others on their cursor. */
  userName: string
  /** Their role on the board (the connection's `role` may be lower: `?view`, archived). */
  boardRole: BoardRole
  archived: boolean
  /** Set when showing a saved version (read-only, not connected) instead of the live board. */
  versionName?: string
  /** Minted while rendering the page, which saves a round trip before connecting. */
  token: RoomToken
  session: BoardSession
  /**
   * What changed since this person last left the board (null: nothing, or a first visit),
   * as the server works it out after sending the page.
   */
  revisit?: Promise<Revisit | null>
}

/** The live board: a full-screen tldraw canvas shared with everyone in the room. */
export function BoardCanvas(props: BoardCanvasProps) {
  // Cursors and the people menu show the signed-in name; set before tldraw first reads it.
  useState(() =>
    setUserPreferences({ ...getUserPreferences(), id: props.userId, name: props.userName }),
  )
  return <LiveBoard {...props} />
}

function LiveBoard(props: BoardCanvasProps) {
  const { boardId, title, role, boardRole, archived, versionName, session, userId } = props
  const kind = canvasOfKind(props.kind)
  const board = useBoardStore(session, role, userId, kind.schemas)
  const sessionState = useSessionState(session.doc)
  const facilitates = may(role, 'facilitate')
  const writeToSession = useCallback(
    (write: SessionWrite) => writeSession(session.doc, write),
    [session.doc],
  )
  const ballot = useMyBallot({
    provider: session.live?.provider ?? null,
    session: sessionState,
    voter: { userId, name: props.userName },
    write: writeToSession,
  })
  const provider = session.live?.provider ?? null
  // The server answers a reveal to the one who asked; a refusal is shown, never swallowed.
  const [revealRefused, setRevealRefused] = useState<string | null>(null)
  useEffect(() => {
    if (provider)
      listenToRevealAnswers(provider, ({ refused }) => setRevealRefused(refused || null))
  }, [provider])
  const sessionContext = useMemo<SessionContextValue>(
    () => ({
      session: sessionState,
      me: { userId, name: props.userName, facilitates, votes: role !== 'viewer' },
      ballot,
      write: writeToSession,
      revealPrivateItems: () => {
        if (provider?.wsconnected) provider.ws?.send(encodeRevealRequest())
      },
    }),
    [sessionState, userId, props.userName, facilitates, role, ballot, writeToSession, provider],
  )
  // The participant's edit guards read the session as it is when they run.
  const currentSession = useRef(sessionState)
  useEffect(() => {
    currentSession.current = sessionState
  }, [sessionState])
  const [sessionPanel, setSessionPanel] = useState<SessionPanelName | null>(null)
  // When the facilitator ends a vote, everyone's results open by themselves, once per vote.
  const closedVoteId = sessionState.vote?.status === 'closed' ? sessionState.vote.id : null
  const [resultsShown, setResultsShown] = useState<string | null>(null)
  if (closedVoteId && resultsShown !== closedVoteId) {
    setResultsShown(closedVoteId)
    setSessionPanel('vote')
  }
  // tldraw makes a new editor when this changes: one function per person, not per render.
  const shapeVisibility = useCallback(
    (shape: TLShape) => (hiddenFrom(shape, userId) ? 'hidden' : 'inherit'),
    [userId],
  )
  const [editor, setEditor] = useState<Editor | null>(null)
  const awareness = session.live?.provider.awareness
  const synced = board.storeWithStatus.status === 'synced-remote'
  const [modelOpen, setModelOpen] = useState(false)
  const [linking, setLinking] = useState(false)
  const [voteCandidates, setVoteCandidates] = useState<VoteCandidate[]>([])
  const voting = useCanvasVoting(editor, sessionContext, voteCandidates)

  // The canvas shows before the board has arrived; nobody edits until it has.
  useEffect(() => {
    editor?.updateInstanceState({ isReadonly: role === 'viewer' || !synced })
  }, [editor, role, synced])

  useEffect(() => {
    if (!editor || !awareness) return
    const user = computed<TLUser>('cubeboard user', () => ({
      id: `user:${editor.user.getId()}` as TLUserId,
      typeName: 'user',
      name: editor.user.getName(),
      color: editor.user.getColor(),
      imageUrl: '',
      meta: {},
    }))
    return bindPresence({ store: editor.store, awareness, user })
  }, [editor, awareness])

  // On arrival (the page's state or the synced doc, whichever shows the board first) the
  // whole board is in view, or, with `?focus=<shape or item id>` (links from the model view
  // and search), that shape. Once only: the view is the person's own from then on.
  const arrived = useRef(false)
  useEffect(() => {
    if (!editor || arrived.current) return
    const focus = new URLSearchParams(window.location.search).get('focus')
    if (focus && focusOnBoard(editor, focus)) return void (arrived.current = true)
    // A shape to focus that the page's state lacks may be in the live doc.
    if (focus && !synced) return
    if (editor.getCurrentPageShapeIds().size > 0) editor.zoomToFit()
    else if (!synced) return
    arrived.current = true
  }, [editor, synced])

  return (
    <SessionContext.Provider value={sessionContext}>
      <div className="board-screen" data-synced={synced}>
        <a
          href="#board-canvas"
          className="skip-link"
          onClick={(event) => {
            if (!editor) return
            event.preventDefault()
            focusCanvas(editor)
          }}
        >
          Skip to canvas
        </a>
        <header className="board-header">
          <Link href="/">← Boards</Link>
          <h1>{title}</h1>
          {archived ? <span className="badge">Archived · read-only</span> : null}
          {role === 'viewer' && !archived ? <span className="badge">View only</span> : null}
          {role !== 'viewer' && editor ? (
            <CreateMenu editor={editor} shapes={kind.creatable} disabled={!synced} />
          ) : null}
          {role !== 'viewer' ? (
            <button type="button" disabled={!editor || !synced} onClick={() => setLinking(true)}>
              Link services
            </button>
          ) : null}
          {role !== 'viewer' && kind.hasCubes ? (
            <button
              type="button"
              disabled={!editor || !synced}
              title="Lay the cubes out as their network: consumers above providers, departments together"
              onClick={() => {
                // The laid-out network is shown whole: it rarely fits where the pile was.
                if (editor && tidyUp(editor) > 0) editor.zoomToFit({ animation: { duration: 300 } })
              }}
            >
              Tidy up
            </button>
          ) : null}
          <button type="button" aria-pressed={modelOpen} onClick={() => setModelOpen(!modelOpen)}>
            Model
          </button>
          <Link href={`/b/${boardId}/versions`}>Versions</Link>
          {versionName ? (
            <span className="badge">Version “{versionName}” · read-only</span>
          ) : (
            <>
              {may(boardRole, 'invite') ? <Link href={`/b/${boardId}/share`}>Share</Link> : null}
              <ConnectionIndicator state={session.connection} synced={synced} />
            </>
          )}
        </header>
        {editor && !versionName ? (
          <SessionBar
            editor={editor}
            context={sessionContext}
            voteNotice={voting.notice}
            panel={sessionPanel}
            onPanel={setSessionPanel}
          />
        ) : null}
        {board.mustReload ? (
          <p className="board-notice" role="alert">
            This board was saved by a newer version of Cubeboard. Reload the page to keep editing;
            until then your changes are not sent.
          </p>
        ) : null}
        {revealRefused ? (
          <p className="board-notice" role="alert">
            The private items were not revealed: {revealRefused}.
          </p>
        ) : null}
        {board.skippedRecords.length > 0 ? (
          <p className="board-notice" role="status">
            {board.skippedRecords.length} item(s) on this board need a newer version of Cubeboard
            and are not shown.
          </p>
        ) : null}
        <div className="board-body">
          <div
            className="board-canvas"
            id="board-canvas"
            data-voting={voting.canvasVote?.status === 'open' && voting.canvasVote.votes}
          >
            {/* The facilitator's locks hold for everyone but facilitators. */}
            <LocksHoldContext.Provider value={!facilitates}>
              <CanvasVoteContext.Provider value={voting.canvasVote}>
                <Tldraw
                  store={board.storeWithStatus}
                  shapeUtils={kind.shapeUtils}
                  tools={kind.tools}
                  overrides={kind.overrides}
                  components={kind.components}
                  getShapeVisibility={shapeVisibility}
                  cameraOptions={cameraOptions}
                  assetUrls={assetUrls}
                  licenseKey={process.env.NEXT_PUBLIC_TLDRAW_LICENSE_KEY}
                  onMount={(mounted) => {
                    if (role === 'viewer') mounted.setCurrentTool('hand')
                    setEditor(mounted)
                    const stops = [
                      keepRecordsWhole(mounted.store, kind.schemas),
                      undoKeysWhileEditing(mounted),
                      typeIntoShapes(mounted),
                    ]
                    if (!facilitates && role !== 'viewer') {
                      stops.push(
                        guardParticipantEdits(mounted, {
                          userId,
                          session: () => currentSession.current,
                        }),
                      )
                    }
                    return () => stops.forEach((stop) => stop())
                  }}
                />
              </CanvasVoteContext.Provider>
            </LocksHoldContext.Provider>
          </div>
          {editor && sessionPanel === 'agenda' && facilitates ? (
            <AgendaPanel editor={editor} context={sessionContext} />
          ) : null}
          {editor && sessionState.vote ? (
            <WatchVoteCandidates editor={editor} userId={userId} onChange={setVoteCandidates} />
          ) : null}
          {editor && sessionPanel === 'vote' ? (
            <VotePanel
              editor={editor}
              context={sessionContext}
              candidates={voteCandidates}
              onClose={() => setSessionPanel(null)}
            />
          ) : null}
          {modelOpen && editor ? (
            <ModelPanel
              editor={editor}
              boardId={boardId}
              title={title}
              exportFiles={kind.exportFiles}
            />
          ) : null}
          {props.revisit && editor && synced ? (
            <Suspense fallback={null}>
              <RevisitPanel editor={editor} revisit={props.revisit} />
            </Suspense>
          ) : null}
          {linking && editor ? (
            <LinkServicesDialog editor={editor} onClose={() => setLinking(false)} />
          ) : null}
        </div>
      </div>
    </SessionContext.Provider>
  )
}
