/** The app as the bench's scripts call it: signed in, like a facilitator preparing boards. */
export interface SignedInApp {
  baseUrl: string
  /** The session cookie (`name=value`) of the bench's local sign-in. */
  session: string
}

/** Creates a board through the HTTP API, as the home page does, and returns its id. */
export async function createBoard(app: SignedInApp, title: string): Promise<string> {
  const body = await postJson(app, `/api/boards`, { title }, 201)
  return (body as { id: string }).id
}

/** Mints an editor token for one board through the HTTP API, as the board page does. */
export async function editorToken(app: SignedInApp, boardId: string): Promise<string> {
  const body = await postJson(app, `/api/boards/${boardId}/token`, { role: 'editor' }, 200)
  return (body as { token: string }).token
}

async function postJson(
  app: SignedInApp,
  path: string,
  payload: unknown,
  expectedStatus: number,
): Promise<unknown> {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: app.session },
    body: JSON.stringify(payload),
  })
  if (response.status !== expectedStatus) {
    throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`)
  }
  return response.json()
}
