/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Loaded by Node at run time, not bundled: the custom server shares these instances
  // (database driver, Yjs) with the route handlers, and PGlite ships WebAssembly.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'drizzle-orm', 'yjs', 'ws'],
  experimental: {
    // "Import a model" sends the model file through a server action: anything the app
    // exports must fit (the same 16 MiB as POST /api/boards, lib/http/request-body.ts).
    serverActions: { bodySizeLimit: '16mb' },
  },
}

export default nextConfig
