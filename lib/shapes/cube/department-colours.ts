/**
 * The colours a cube takes from its department. A fixed palette of light tints, so dark
 * text stays readable on every face (contrast above 7:1); the department's name is always
 * written on the cube as well, because colour must never be the only signal.
 */
export interface DepartmentColours {
  name: string
  /** The top face, where the title and the department are written. */
  top: string
  /** The left side face (lit), a little darker than the top. */
  left: string
  /** The right side face (in shade), darker again: the three tones make it read as a box. */
  right: string
  /** Edges and face headings. */
  edge: string
}

const palette: readonly DepartmentColours[] = [
  { name: 'blue', top: '#dbe9ff', left: '#c4d9fa', right: '#aec8f1', edge: '#2d4f86' },
  { name: 'green', top: '#dcf3e0', left: '#c5e8cc', right: '#acdab6', edge: '#25603a' },
  { name: 'orange', top: '#ffe7cf', left: '#fbd6af', right: '#f2c493', edge: '#7a4512' },
  { name: 'purple', top: '#ede2fb', left: '#ddccf5', right: '#cab5ec', edge: '#553586' },
  { name: 'teal', top: '#d5f1f0', left: '#bbe4e2', right: '#a0d5d2', edge: '#1d5e5b' },
  { name: 'red', top: '#fde0e0', left: '#f8c9c9', right: '#efb0b0', edge: '#862f2f' },
  { name: 'yellow', top: '#fbf2c8', left: '#f5e5a4', right: '#ebd582', edge: '#6b5710' },
  { name: 'rose', top: '#fbe1ef', left: '#f4c9e0', right: '#e9b0cf', edge: '#7d2a58' },
]

const noDepartment: DepartmentColours = {
  name: 'grey',
  top: '#eceef1',
  left: '#dadde2',
  right: '#c6cad1',
  edge: '#454b55',
}

/**
 * The colours of a department's cubes. Chosen from its name, so every participant sees the
 * same colour without anyone picking one, and all cubes of one department match.
 */
export function departmentColours(department: string): DepartmentColours {
  const key = department.trim().toLocaleLowerCase()
  if (!key) return noDepartment
  let hash = 0
  for (const char of key) hash = (hash * 31 + char.codePointAt(0)!) >>> 0
  return palette[hash % palette.length]!
}
