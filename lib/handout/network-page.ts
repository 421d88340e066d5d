// The handout's page with the service network: the model page's picture drawn as vectors with jsPDF.
import type { jsPDF } from 'jspdf'
import type { NetworkDrawing } from '@/lib/shapes/cube/network-drawing'

/** Where on the PDF page the picture may go, in points. */
export interface PageBox {
  x: number
  y: number
  width: number
  height: number
}

const ink = '#1d2433'
const cycleRed = '#b42318'
/** An arrow head's length and half width, in the drawing's units (the SVG marker's size). */
const head = { length: 10, halfWidth: 4 }

/**
 * Draws the network (see `networkDrawing`) into `box`, scaled to fit, as vectors: department
 * frames, arrows from provider to consumer (red and dashed in a cycle), the cubes' boxes in
 * their department colours with title (bold) and department, and a "!" on gaps. Vectors keep
 * the handout small and its text findable; `font` names the embedded font and fits text to
 * it. Returns the height the picture took.
 */
export function drawNetwork(
  pdf: jsPDF,
  drawing: NetworkDrawing,
  box: PageBox,
  font: { family: string; printable: (text: string) => string },
): number {
  const { printable } = font
  const scale = Math.min(box.width / drawing.width, box.height / drawing.height, 1)
  const x = (at: number) => box.x + at * scale
  const y = (at: number) => box.y + at * scale
  pdf.setLineWidth(0.5).setDrawColor('#9aa3b5').setFillColor('#ffffff')
  pdf.rect(box.x, box.y, drawing.width * scale, drawing.height * scale, 'S')

  pdf.setLineDashPattern([4 * scale, 4 * scale], 0)
  pdf.setFontSize(11 * scale).setTextColor('#5b6478')
  for (const group of drawing.departments) {
    const [left, top] = [group.x - 10, group.y - 22]
    pdf.roundedRect(
      x(left),
      y(top),
      (group.w + 20) * scale,
      (group.h + 32) * scale,
      10 * scale,
      10 * scale,
      'S',
    )
    pdf.text(printable(group.name), x(group.x - 4), y(group.y - 8))
  }

  for (const edge of drawing.edges) {
    const colour = edge.inCycle ? cycleRed : ink
    pdf
      .setDrawColor(colour)
      .setFillColor(colour)
      .setLineWidth(1.4 * scale)
    pdf.setLineDashPattern(edge.inCycle ? [6 * scale, 4 * scale] : [], 0)
    const length = Math.hypot(edge.x2 - edge.x1, edge.y2 - edge.y1) || 1
    const [dx, dy] = [(edge.x2 - edge.x1) / length, (edge.y2 - edge.y1) / length]
    // The line stops where the head begins, so the head's point sits on the box's edge.
    const [baseX, baseY] = [edge.x2 - dx * head.length, edge.y2 - dy * head.length]
    pdf.line(x(edge.x1), y(edge.y1), x(baseX), y(baseY))
    pdf.setLineDashPattern([], 0)
    pdf.triangle(
      x(edge.x2),
      y(edge.y2),
      x(baseX - dy * head.halfWidth),
      y(baseY + dx * head.halfWidth),
      x(baseX + dy * head.halfWidth),
      y(baseY - dx * head.halfWidth),
      'F',
    )
  }

  pdf.setLineDashPattern([], 0)
  for (const node of drawing.nodes) {
    pdf
      .setDrawColor(node.edge)
      .setFillColor(node.fill)
      .setLineWidth(1 * scale)
    pdf.roundedRect(
      x(node.x),
      y(node.y),
      node.w * scale,
      node.h * scale,
      6 * scale,
      6 * scale,
      'FD',
    )
    pdf
      .setFont(font.family, 'bold')
      .setTextColor(ink)
      .setFontSize(13 * scale)
    pdf.text(printable(node.label), x(node.x + 8), y(node.y + 22))
    pdf
      .setFont(font.family, 'normal')
      .setTextColor('#3b4356')
      .setFontSize(11 * scale)
    pdf.text(printable(node.sub), x(node.x + 8), y(node.y + 40))
    if (node.gaps === 0) continue
    pdf.setDrawColor('#9a6200').setFillColor('#fff4d6')
    pdf.circle(x(node.x + node.w - 12), y(node.y + 12), 9 * scale, 'FD')
    pdf.setTextColor('#9a6200').setFontSize(12 * scale)
    pdf.text('!', x(node.x + node.w - 12), y(node.y + 16), { align: 'center' })
  }
  pdf.setTextColor('#000000').setDrawColor('#000000').setLineWidth(1)
  return drawing.height * scale
}
