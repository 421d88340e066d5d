import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** What a result depends on besides the code: versions and the machine. */
export interface BenchEnvironment {
  versions: Record<string, string>
  machine: {
    cpuModel: string
    cores: number
    memoryBytes: number
    platform: string
    /** Load average when the bench started: the machine is shared. */
    loadAverage: number[]
  }
}

const packages = ['tldraw', 'yjs', 'y-websocket', 'next', 'react', '@playwright/test']

/** Versions of node, the browser and the packages that matter here, plus the machine. */
export function describeEnvironment(chromiumVersion: string): BenchEnvironment {
  const versions: Record<string, string> = { node: process.version, chromium: chromiumVersion }
  for (const name of packages) versions[name] = installedVersion(name)
  const cpus = os.cpus()
  return {
    versions,
    machine: {
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      cores: cpus.length,
      memoryBytes: os.totalmem(),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      loadAverage: os.loadavg(),
    },
  }
}

function installedVersion(name: string): string {
  // Read from disk: not every package exports its package.json.
  const file = path.resolve(import.meta.dirname, '../../node_modules', name, 'package.json')
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
  } catch {
    return 'not installed'
  }
}
