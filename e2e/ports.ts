/** The app's port in e2e runs (`E2E_PORT` to run beside another instance). */
export const appPort = Number(process.env.E2E_PORT ?? 3199)

/** Where the email sign-in test's SMTP server listens; the app sends its links there. */
export const smtpPort = appPort + 1000
