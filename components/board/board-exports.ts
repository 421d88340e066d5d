// Exports made in the browser: the board as PNG or SVG, and the after-session handout as PDF.
'use client'

import { exportAs, type Editor } from 'tldraw'
import type { jsPDF } from 'jspdf'
import {
  handoutFontUrl,
  handoutFonts,
  printableText,
  type HandoutFontStyle,
} from '@/lib/handout/fonts'
import { drawNetwork } from '@/lib/handout/network-page'
import { exportFileName, handoutSections, type BoardModel } from '@/lib/model'
import { networkDrawing } from '@/lib/shapes/cube/network-drawing'

/** The whole current page as an image file, made in this browser. */
export async function downloadBoardImage(editor: Editor, format: 'png' | 'svg', title: string) {
  const ids = [...editor.getCurrentPageShapeIds()]
  if (ids.length === 0) return
  await exportAs(editor, ids, { format, name: exportFileName(title), background: true })
}

const page = { width: 595.28, height: 841.89, margin: 40 }
const lineHeight = 14
/** The share of the first page the board's picture may take; the text starts below it. */
const pictureHeight = page.height * 0.55
/**
 * The picture's resolution on paper: sharp enough to read the cubes' text when printed or
 * zoomed, small enough that a handout stays a few hundred kilobytes (tldraw's default of
 * twice the screen size as PNG made 57 MB).
 */
const pictureDpi = 200
const pointsPerInch = 72
const picturePadding = 16

/**
 * The after-session handout as a PDF, made in this browser (jsPDF, loaded on first use):
 * the board's picture, then the model's links, dependencies and gaps as text, and a page
 * with the service network as the model page draws it, with its department legend; in an
 * embedded Unicode font so arrows, accents, Greek and Cyrillic print as written.
 */
export async function downloadHandout(editor: Editor, model: BoardModel, title: string) {
  const { jsPDF } = await import('jspdf')
  const pdf = new jsPDF({ unit: 'pt', format: 'a4', compress: true })
  await embedHandoutFonts(pdf)
  const width = page.width - 2 * page.margin
  let y = page.margin + 10
  const room = (needed: number) => {
    if (y + needed <= page.height - page.margin) return
    pdf.addPage()
    y = page.margin + 10
  }
  /** Writes `text` wrapped to the page in the current font, each line `step` below the last. */
  const write = (text: string, step: number) => {
    const lines = pdf.splitTextToSize(printableText(text, glyphCheck(pdf)), width) as string[]
    for (const line of lines) {
      room(step)
      pdf.text(line, page.margin, y)
      y += step
    }
  }

  pdf.setFont(fontFamily, 'bold').setFontSize(18)
  write(title, 20)
  pdf.setFont(fontFamily, 'normal').setFontSize(10)
  write(`Cubeboard handout, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, 16)

  const picture = await boardPicture(editor, { width, height: pictureHeight })
  if (picture) {
    const scale = Math.min(width / picture.width, pictureHeight / picture.height)
    const [w, h] = [picture.width * scale, picture.height * scale]
    pdf.addImage(picture.bytes, 'JPEG', page.margin, y, w, h)
    y += h + 20
  }

  for (const section of handoutSections(model)) {
    room(2 * lineHeight + 6)
    pdf.setFont(fontFamily, 'bold').setFontSize(13)
    write(section.title, lineHeight + 4)
    pdf.setFont(fontFamily, 'normal').setFontSize(10)
    for (const line of section.lines) write(`• ${line}`, lineHeight)
    y += 8
  }

  const network = networkDrawing(model)
  if (network.nodes.length > 0) {
    pdf.addPage()
    y = page.margin + 10
    pdf.setFont(fontFamily, 'bold').setFontSize(13)
    write('The service network', lineHeight + 4)
    pdf.setFont(fontFamily, 'normal').setFontSize(10)
    write(
      `${network.caption}. Arrows run from the provider to the consumer it serves; red dashed links are in a cycle; “!” marks process steps with no provider.`,
      lineHeight,
    )
    y += 6
    const box = { x: page.margin, y, width, height: page.height * 0.6 }
    y +=
      drawNetwork(pdf, network, box, {
        family: fontFamily,
        printable: (text) => printableText(text, glyphCheck(pdf)),
      }) + 18
    pdf.setFont(fontFamily, 'bold').setFontSize(11)
    write('Departments', lineHeight + 2)
    pdf.setFont(fontFamily, 'normal').setFontSize(9)
    let x = page.margin
    for (const department of network.legend) {
      const name = printableText(department.name, glyphCheck(pdf))
      const entry = 14 + pdf.getTextWidth(name) + 16
      if (x + entry > page.margin + width && x > page.margin) {
        x = page.margin
        y += lineHeight
      }
      // A row that does not fit starts the next page, at its left.
      if (x === page.margin) room(lineHeight)
      pdf.setDrawColor(department.edge).setFillColor(department.fill)
      pdf.rect(x, y - 8, 10, 10, 'FD')
      pdf.text(name, x + 14, y)
      x += entry
    }
  }
  pdf.save(`${exportFileName(title)}-handout.pdf`)
}

const fontFamily = 'DejaVuSans'

/** Fetches the handout's fonts from the app and registers them with this PDF. */
async function embedHandoutFonts(pdf: jsPDF) {
  await Promise.all(
    (Object.keys(handoutFonts) as HandoutFontStyle[]).map(async (style) => {
      const response = await fetch(handoutFontUrl(style))
      if (!response.ok) {
        throw new Error(
          `The handout's font ${handoutFonts[style]} did not load (${response.status}); try again.`,
        )
      }
      const bytes = new Uint8Array(await response.arrayBuffer())
      // jsPDF takes font files as binary strings; chunks keep the argument list small.
      let binary = ''
      for (let at = 0; at < bytes.length; at += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
      }
      pdf.addFileToVFS(handoutFonts[style], binary)
      pdf.addFont(handoutFonts[style], fontFamily, style, undefined, 'Identity-H')
    }),
  )
}

/** The embedded font's own answer to "do you have this character?" (its cmap, parsed by jsPDF). */
function glyphCheck(pdf: jsPDF): (codePoint: number) => boolean {
  const font: { characterToGlyph(codePoint: number): number } = pdf.getFont().metadata
  return (codePoint) => font.characterToGlyph(codePoint) !== 0
}

/**
 * The current page as a JPEG sized for the box it gets on paper (at {@link pictureDpi}), or
 * nothing for an empty page.
 */
async function boardPicture(editor: Editor, box: { width: number; height: number }) {
  const ids = [...editor.getCurrentPageShapeIds()]
  const bounds = editor.getCurrentPageBounds()
  if (ids.length === 0 || !bounds) return undefined
  const pointsPerPixel = Math.min(
    box.width / (bounds.w + 2 * picturePadding),
    box.height / (bounds.h + 2 * picturePadding),
  )
  const image = await editor.toImage(ids, {
    format: 'jpeg',
    quality: 0.85,
    background: true,
    padding: picturePadding,
    // Never above tldraw's own default: more pixels than the screen drew add nothing.
    pixelRatio: Math.min(2, (pointsPerPixel * pictureDpi) / pointsPerInch),
  })
  return {
    bytes: new Uint8Array(await image.blob.arrayBuffer()),
    width: image.width,
    height: image.height,
  }
}
