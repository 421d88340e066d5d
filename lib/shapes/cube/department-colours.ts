/**
 * The colours a cube takes from its department. Twelve colours that stay apart for people
 * with red-green colour blindness too (the Okabe–Ito palette and five more, checked in
 * test/shapes/cube/department-colours.test.ts), light enough that dark text stays readable
 * on every face; the department's name is always written on the cube as well, because
 * colour must never be the only signal.
 */
export interface DepartmentColours {
  name: string
  /** The top face, where the title and the department are written. */
  top: string
  /** The left side face (lit), lighter than the right. */
  left: string
  /** The right side face (in shade), the department's colour itself. */
  right: string
  /** Edges and face headings. */
  edge: string
}

/** The department colours, each as it shows on a cube's shaded face. */
const keyColours = [
  { name: 'sky blue', key: '#78c3ed' },
  { name: 'yellow', key: '#f0e442' },
  { name: 'bluish green', key: '#009e73' },
  { name: 'vermilion', key: '#f2cfb3' },
  { name: 'reddish purple', key: '#cc79a7' },
  { name: 'pale blue', key: '#cce3f0' },
  { name: 'orange', key: '#e69f00' },
  { name: 'rose', key: '#e0a3ad' },
  { name: 'olive', key: '#b8b870' },
  { name: 'sand', key: '#f0e094' },
  { name: 'pale green', key: '#cfe4d6' },
  { name: 'steel blue', key: '#6699cc' },
] as const

/** The three tones of a box and its edge, from one colour. */
function tones(name: string, key: string): DepartmentColours {
  return {
    name,
    top: mix(key, '#ffffff', 0.5),
    left: mix(key, '#ffffff', 0.25),
    right: key,
    edge: mix(key, '#000000', 0.62),
  }
}

/** Every department colour, in the order departments are offered them. */
export const departmentPalette: readonly DepartmentColours[] = keyColours.map(({ name, key }) =>
  tones(name, key),
)

const noDepartment: DepartmentColours = {
  name: 'grey',
  top: '#eceef1',
  left: '#dadde2',
  right: '#c6cad1',
  edge: '#454b55',
}

/**
 * The colours of each department on a board, by name: as far as the palette goes, no two
 * departments share one. Every participant works it out alike from the same names. Each
 * department (in the order of their names) takes the colour its name points at, or the next
 * free one, so a department keeps its colour when others come and go unless two names point
 * at the same colour. Past twelve departments colours repeat.
 */
export function departmentColoursOf(departments: Iterable<string>): Map<string, DepartmentColours> {
  const names = [...new Set([...departments].map(departmentKey).filter(Boolean))].sort()
  const taken = new Set<number>()
  const colours = new Map<string, DepartmentColours>()
  for (const name of names) {
    if (taken.size === departmentPalette.length) taken.clear()
    let slot = hash(name) % departmentPalette.length
    while (taken.has(slot)) slot = (slot + 1) % departmentPalette.length
    taken.add(slot)
    colours.set(name, departmentPalette[slot]!)
  }
  return colours
}

/** The colours of one department among those of `colours` (departmentColoursOf). */
export function coloursOfDepartment(
  colours: ReadonlyMap<string, DepartmentColours>,
  department: string,
): DepartmentColours {
  return colours.get(departmentKey(department)) ?? noDepartment
}

/** "  Risk Department " and "risk department" are one department. */
function departmentKey(department: string): string {
  return department.trim().toLocaleLowerCase()
}

function hash(key: string): number {
  let value = 0
  for (const char of key) value = (value * 31 + char.codePointAt(0)!) >>> 0
  return value
}

/** `a` moved `amount` (0…1) of the way to `b`, channel by channel. */
function mix(a: string, b: string, amount: number): string {
  const channels = (hex: string) =>
    [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16))
  const [from, to] = [channels(a), channels(b)]
  return `#${from
    .map((channel, i) => Math.round(channel + (to[i]! - channel) * amount))
    .map((channel) => channel.toString(16).padStart(2, '0'))
    .join('')}`
}
