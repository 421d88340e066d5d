// Exports made in the browser: the board as PNG or SVG, and the after-session handout as PDF.
'use client'

import { exportAs, type Editor } from 'tldraw'
import { exportFileName, handoutSections, type BoardModel } from '@/lib/model'

/** The whole current page as an image file, made in this browser. */
export async function downloadBoardImage(editor: Editor, format: 'png' | 'svg', title: string) {
  const ids = [...editor.getCurrentPageShapeIds()]
  if (ids.length === 0) return
  await exportAs(editor, ids, { format, name: exportFileName(title), background: true })
}

const page = { width: 595.28, height: 841.89, margin: 40 }
const lineHeight = 14

/**
 * The after-session handout as a PDF, made in this browser (jsPDF, loaded on first use):
 * the board's picture, then the model's links, dependencies and gaps as text.
 */
export async function downloadHandout(editor: Editor, model: BoardModel, title: string) {
  const { jsPDF } = await import('jspdf')
  const pdf = new jsPDF({ unit: 'pt', format: 'a4' })
  const width = page.width - 2 * page.margin
  let y = page.margin + 10
  pdf.setFont('helvetica', 'bold').setFontSize(18).text(title, page.margin, y)
  y += 20
  pdf
    .setFont('helvetica', 'normal')
    .setFontSize(10)
    .text(
      `Cubeboard handout, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      page.margin,
      y,
    )
  y += 16

  const ids = [...editor.getCurrentPageShapeIds()]
  if (ids.length > 0) {
    const image = await editor.toImage(ids, { format: 'png', background: true, padding: 16 })
    const scale = Math.min(width / image.width, (page.height * 0.55) / image.height)
    const bytes = new Uint8Array(await image.blob.arrayBuffer())
    pdf.addImage(bytes, 'PNG', page.margin, y, image.width * scale, image.height * scale)
    y += image.height * scale + 20
  }

  const room = (needed: number) => {
    if (y + needed <= page.height - page.margin) return
    pdf.addPage()
    y = page.margin + 10
  }
  for (const section of handoutSections(model)) {
    room(2 * lineHeight + 6)
    pdf.setFont('helvetica', 'bold').setFontSize(13).text(section.title, page.margin, y)
    y += lineHeight + 4
    pdf.setFont('helvetica', 'normal').setFontSize(10)
    for (const line of section.lines) {
      for (const wrapped of pdf.splitTextToSize(`• ${line}`, width) as string[]) {
        room(lineHeight)
        pdf.text(wrapped, page.margin, y)
        y += lineHeight
      }
    }
    y += 8
  }
  pdf.save(`${exportFileName(title)}-handout.pdf`)
}
