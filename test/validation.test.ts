import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { issuesText, validate } from '@/lib/validation'

const schema = z.object({
  title: z.string().min(1, 'title must not be empty'),
  items: z.array(z.object({ id: z.string() })),
})

describe('zod problems in words', () => {
  it('name each field by its path, and join the problems with "; "', () => {
    const parsed = schema.safeParse({ title: '', items: [{ id: 7 }] })
    expect(parsed.success).toBe(false)
    expect(issuesText(parsed.error!)).toBe(
      'title: title must not be empty; items.0.id: Invalid input: expected string, received number',
    )
  })

  it('put the name of the value first when it has one, alone for the whole value', () => {
    expect(validate(schema, { title: 'x', items: [{}] }, 'model')).toEqual({
      ok: false,
      status: 400,
      error: 'model.items.0.id: Invalid input: expected string, received undefined',
    })
    expect(validate(schema, null, 'model')).toMatchObject({
      error: 'model: Invalid input: expected object, received null',
    })
    expect(validate(schema, null)).toMatchObject({
      error: 'Invalid input: expected object, received null',
    })
  })

  it('give the parsed value when nothing is wrong', () => {
    expect(validate(schema, { title: 'x', items: [] })).toEqual({
      ok: true,
      value: { title: 'x', items: [] },
    })
  })
})
