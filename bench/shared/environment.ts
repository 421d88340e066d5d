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

/**
 * Versions of node and of the named packages (as installed), any further versions the
 * bench found itself (a browser, a database server), and the machine.
 */
export function describeEnvironment(
  packages: string[],
  extraVersions: Record<string, string> = {},
): BenchEnvironment {
  const versions: Record<string, string> = { node: process.version }
  for (const name of packages) versions[name] = installedVersion(name)
  const cpus = os.cpus()
  return {
    versions: { ...versions, ...extraVersions },
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
