/** One CSV file: a header row and its rows, cells in header order. */
export interface CsvTable {
  header: readonly string[]
  rows: readonly (readonly (string | number | boolean | null)[])[]
}

/**
 * RFC 4180 text (CRLF line ends, quotes doubled). A cell starting with = + - @ or a tab
 * gets a leading apostrophe, so a spreadsheet shows workshop text instead of running it as
 * a formula.
 */
export function formatCsv(table: CsvTable): string {
  return [table.header, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}

function cell(value: string | number | boolean | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
