import { expect, test } from '@playwright/test'
import { SMTPServer } from 'smtp-server'
import { smtpPort } from './ports'

/** Mail the app sent, as raw messages, from a real SMTP server on the configured port. */
async function startMailbox() {
  const messages: string[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, _session, done) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        messages.push(Buffer.concat(chunks).toString('utf8'))
        done()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(smtpPort, '127.0.0.1', resolve))
  return { messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** The sign-in link in a mail, its quoted-printable soft breaks and escapes undone. */
function signInLink(message: string): string {
  const text = message
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  const link = text.match(/https?:\/\/[^\s"<>]+\/api\/auth\/callback\/email\?[^\s"<>]+/)
  if (!link) throw new Error(`no sign-in link in the mail:\n${message}`)
  return link[0].replace(/&amp;/g, '&')
}

test('a facilitator signs in with an emailed link, which works once', async ({ page, baseURL }) => {
  const mailbox = await startMailbox()
  try {
    await page.goto('/signin')
    await page.getByLabel('Email address').fill('fiona@example.org')
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible()
    await expect(page.getByText('A sign-in link is on its way to fiona@example.org')).toBeVisible()
    // The page itself never shows the link outside development.
    await expect(page.getByRole('link', { name: /Sign in as/ })).toHaveCount(0)

    await expect.poll(() => mailbox.messages.length).toBe(1)
    const [mail] = mailbox.messages
    expect(mail).toMatch(/^To: fiona@example\.org/m)
    const link = signInLink(mail!)
    expect(link.startsWith(`${baseURL}/api/auth/callback/email?`)).toBe(true)

    await page.goto(link)
    await expect(page.getByText('Signed in as fiona@example.org')).toBeVisible()
    await page.getByLabel('Board title').fill('Emailed facilitator’s board')
    await page.getByRole('button', { name: 'Create board' }).click()
    await expect(page).toHaveURL(/\/b\/[a-z0-9]{16}$/)

    // The same link again, from another browser: spent.
    const other = await page.context().browser()!.newContext()
    const stranger = await other.newPage()
    await stranger.goto(link)
    await expect(
      stranger.getByText('That sign-in link has expired or was already used; ask for a new one.'),
    ).toBeVisible()
    await expect(stranger.getByText(/Signed in as/)).toHaveCount(0)
    await other.close()
  } finally {
    await mailbox.close()
  }
})
