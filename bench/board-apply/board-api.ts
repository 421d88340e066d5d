/** Creates a board through the HTTP API, as the home page does, and returns its id. */
export async function createBoard(baseUrl: string, title: string): Promise<string> {
  const body = await postJson(`${baseUrl}/api/boards`, { title }, 201)
  return (body as { id: string }).id
}

/** Mints an editor token for one board through the HTTP API, as the board page does. */
export async function editorToken(baseUrl: string, boardId: string): Promise<string> {
  const body = await postJson(`${baseUrl}/api/boards/${boardId}/token`, { role: 'editor' }, 200)
  return (body as { token: string }).token
}

async function postJson(url: string, payload: unknown, expectedStatus: number): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  })
  if (response.status !== expectedStatus) {
    throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`)
  }
  return response.json()
}
