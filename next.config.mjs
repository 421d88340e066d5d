/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Loaded by Node at run time, not bundled: the custom server shares these instances
  // (database driver, Yjs) with the route handlers, and PGlite ships WebAssembly.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'drizzle-orm', 'yjs', 'ws'],
}

export default nextConfig
