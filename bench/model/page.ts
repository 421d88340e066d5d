// Model page bench: how long the model page takes to answer, and how large it is, for boards of 250, 1,000 and 2,000 cubes.
import { signInOverHttp } from '@/test/helpers/http-sign-in'
import { describeEnvironment } from '../shared/environment'
import { median } from '../sync-fanout/stats'
import { bigModel } from './big-model'

/*
 * Against a running server (`MODEL_PAGE_URL`, default http://localhost:3000), as a
 * facilitator at this machine: imports each board through the API, waits until its model
 * page shows the model, then fetches the page five times and prints the median time to the
 * last byte and the HTML's size.
 * Prints figures, never fails on a timing.
 */
const baseURL = process.env.MODEL_PAGE_URL ?? 'http://localhost:3000'
const sizes = (process.env.MODEL_PAGE_CUBES ?? '250,1000,2000').split(',').map(Number)
const repeats = 5

const cookie = await signInOverHttp(baseURL, 'Page bench')
const rows: { cubes: number; ms: number; bytes: number }[] = []
for (const cubes of sizes) {
  const created = await fetch(`${baseURL}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ title: `Page bench ${cubes}`, model: bigModel(cubes) }),
  })
  if (!created.ok) throw new Error(`import of ${cubes} cubes answered ${created.status}`)
  const { id } = (await created.json()) as { id: string }
  const page = async () => {
    const started = performance.now()
    const response = await fetch(`${baseURL}/b/${id}/model`, { headers: { cookie } })
    const html = await response.text()
    if (!response.ok) throw new Error(`the model page answered ${response.status}`)
    return { ms: performance.now() - started, html }
  }
  // The first ask derives and stores the model; it is not what a reader waits for later.
  await page()
  const answers = []
  for (let i = 0; i < repeats; i++) answers.push(await page())
  rows.push({
    cubes,
    ms: Math.round(median(answers.map((a) => a.ms))),
    bytes: Buffer.byteLength(answers[0]!.html),
  })
}
console.log(JSON.stringify(describeEnvironment(['next', 'react']), null, 2))
console.log('| cubes | model page (median of 5) | HTML |')
console.log('| ----- | ------------------------ | ---- |')
for (const row of rows) {
  console.log(`| ${row.cubes} | ${row.ms} ms | ${(row.bytes / 1e6).toFixed(2)} MB |`)
}
