import { describe, expect, it } from 'vitest'
import {
  decodeRelayMessage,
  encodeRelayMessage,
  type RelayMessage,
} from '@/server/cluster/relay-message'

const bytes = new Uint8Array([1, 2, 3])

describe('messages between instances', () => {
  const messages: RelayMessage[] = [
    { kind: 'update', sender: 'a', update: bytes, sequence: 42 },
    { kind: 'update', sender: 'a', update: bytes, sequence: 0 },
    { kind: 'awareness', sender: 'b', update: bytes },
    { kind: 'sync-request', sender: 'c', stateVector: bytes },
    { kind: 'sync-reply', sender: 'd', target: 'c', update: bytes, stateVector: bytes },
    { kind: 'written', sender: 'e', sequence: 7 },
  ]

  it.each(messages)('survive encoding and decoding: $kind', (message) => {
    expect(decodeRelayMessage(encodeRelayMessage(message))).toEqual(message)
  })

  it('refuses malformed bytes instead of guessing', () => {
    expect(() => decodeRelayMessage(new Uint8Array([99, 1, 97]))).toThrow(/unknown/)
    expect(() => decodeRelayMessage(new Uint8Array([0, 1, 97, 200]))).toThrow()
  })
})
