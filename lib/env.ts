// Every environment variable Cubeboard reads, validated in one place.
import path from 'node:path'
import { z } from 'zod'
import { issueLines } from './validation'

/** Every environment variable Cubeboard reads, validated in one place. */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
      .optional(),
    CUBEBOARD_DATA_DIR: z.string().min(1).default('data'),
    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
    /** The address people open; without it sign-in links use the Host header of the request. */
    NEXTAUTH_URL: z
      .url('must be the full URL people open, e.g. https://cubeboard.example.org')
      .optional(),
    /** Rate limits other than the defaults: `guest-join=100/60,invite=200/60` (requests / seconds per address). */
    CUBEBOARD_RATE_LIMITS: z
      .string()
      .regex(
        /^[a-z-]+=\d+\/\d+(,[a-z-]+=\d+\/\d+)*$/,
        'must list limits as name=requests/seconds, separated by commas (e.g. guest-join=100/60)',
      )
      .optional(),
    /** `on` behind your own reverse proxy: rate limits count per the last X-Forwarded-For address. */
    CUBEBOARD_TRUST_PROXY: z.enum(['on', 'off']).optional(),
    /** Name-only local sign-in: on, off, or unset (on except for production requests from other machines). */
    CUBEBOARD_LOCAL_SIGNIN: z.enum(['on', 'off']).optional(),
    /** SMTP server for email sign-in links, as a URL: smtp://user:password@host:587 */
    EMAIL_SERVER: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    EMAIL_FROM: z.string().min(3).default('Cubeboard <cubeboard@localhost>'),
    AUTH_GITHUB_ID: z.string().optional(),
    AUTH_GITHUB_SECRET: z.string().optional(),
    AUTH_GOOGLE_ID: z.string().optional(),
    AUTH_GOOGLE_SECRET: z.string().optional(),
    AUTH_MICROSOFT_ENTRA_ID_ID: z.string().optional(),
    AUTH_MICROSOFT_ENTRA_ID_SECRET: z.string().optional(),
    AUTH_MICROSOFT_ENTRA_ID_TENANT_ID: z.string().optional(),
    AUTH_OIDC_ISSUER: z.url('must be the issuer URL of the OpenID Connect provider').optional(),
    AUTH_OIDC_ID: z.string().optional(),
    AUTH_OIDC_SECRET: z.string().optional(),
    AUTH_OIDC_NAME: z.string().default('Single sign-on'),
  })
  .refine((env) => !(env.NODE_ENV === 'production' && env.EMAIL_SERVER && !env.NEXTAUTH_URL), {
    // Without it, the address in a mailed sign-in link would come from the request's Host header.
    message:
      'must be set when EMAIL_SERVER is set in production, so sign-in links point at this server',
    path: ['NEXTAUTH_URL'],
  })

export type Env = z.infer<typeof envSchema>

/** Reads and validates the environment; throws an error naming every bad variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(emptyAsUnset(source))
  if (parsed.success) return parsed.data
  throw new Error(`Invalid environment:\n  ${issueLines(parsed.error).join('\n  ')}`)
}

/** The absolute path of the local data folder (PGlite files, generated secret). */
export function dataDirectory(env: Env): string {
  return path.resolve(env.CUBEBOARD_DATA_DIR)
}

// `FOO=` in a shell means "not set" to people; treat it so rather than failing validation.
function emptyAsUnset(source: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && value !== '') result[key] = value
  }
  return result
}
