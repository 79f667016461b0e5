import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { JoinedOnceResponse, jsonStream } from '../../../../src/lib/open-data/json-stream.ts';

const shape = z.strictObject({
  title: z.string(),
  note: z.string().optional(),
  items: z.array(z.strictObject({ id: z.string(), count: z.number() })),
});

const read = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe('jsonStream', () => {
  it('writes what serializing the parsed file whole writes, across many pieces', async () => {
    const value = {
      items: Array.from({ length: 5000 }, (_, i) => ({ count: i, id: `item-${i}-‘quoted’` })),
      title: 'Ünïcode “title”',
    };
    expect(await read(jsonStream(shape, value))).toBe(JSON.stringify(shape.parse(value)) + '\n');
  });

  it('writes empty lists and leaves out absent optional fields', async () => {
    expect(await read(jsonStream(shape, { title: 't', items: [] }))).toBe('{"title":"t","items":[]}\n');
  });

  it('fails on a record that breaks its shape, and on a key the shape does not document', async () => {
    await expect(read(jsonStream(shape, { title: 't', items: [{ id: 'a', count: 'x' }] }))).rejects.toThrow();
    await expect(read(jsonStream(shape, { title: 't', items: [{ id: 'a', count: 1, extra: 1 }] }))).rejects.toThrow();
    await expect(read(jsonStream(shape, { title: 't', items: [], stray: 1 }))).rejects.toThrow(
      'not in the documented shape: stray',
    );
    await expect(read(jsonStream(shape, { items: [] }))).rejects.toThrow();
  });
});

describe('JoinedOnceResponse', () => {
  it("gives Astro the same bytes as Node's Response, status and headers kept", async () => {
    const value = {
      items: Array.from({ length: 5000 }, (_, i) => ({ count: i, id: `item-${i}-‘quoted’` })),
      title: 'Ünïcode “title”',
    };
    const headers = { 'Content-Type': 'application/json; charset=utf-8' };
    const joined = new JoinedOnceResponse(jsonStream(shape, value), { headers });
    const plain = await new Response(jsonStream(shape, value)).arrayBuffer();
    expect(joined.headers.get('content-type')).toBe(headers['Content-Type']);
    expect(joined.status).toBe(200);
    const bytes = Buffer.from(await joined.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    expect(bytes.equals(Buffer.from(plain))).toBe(true);
    expect(joined.bodyUsed).toBe(true);
  });

  it('gives an empty buffer for an empty body, and fails with the stream', async () => {
    expect((await new JoinedOnceResponse('').arrayBuffer()).byteLength).toBe(0);
    const broken = jsonStream(shape, { title: 't', items: [{ id: 'a', count: 'x' }] });
    await expect(new JoinedOnceResponse(broken).arrayBuffer()).rejects.toThrow();
  });
});
