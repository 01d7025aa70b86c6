import { describe, expect, it } from 'vitest';
import { CoalescedRevisionReader } from '../../src/core/db/revision-cache.js';

/** A revision read the test finishes by hand, remembering what had been asked before it began. */
function readsByHand() {
  const reads: { askedBefore: number; finish: (value: string) => void; fail: (error: Error) => void }[] = [];
  let asked = 0;
  const reader = new CoalescedRevisionReader(
    () =>
      new Promise<string>((resolve, reject) => {
        reads.push({ askedBefore: asked, finish: resolve, fail: reject });
      }),
  );
  const ask = () => {
    asked++;
    return reader.current();
  };
  return { reads, ask };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reading the data revision for many requests at once', () => {
  it('starts one read for the first request', async () => {
    const { reads, ask } = readsByHand();
    const first = ask();
    expect(reads).toHaveLength(1);
    reads[0]!.finish('7');
    await expect(first).resolves.toBe('7');
  });

  it('never answers a request with a read that began before it asked: latecomers share the next read', async () => {
    const { reads, ask } = readsByHand();
    const early = ask();
    const late = [ask(), ask(), ask()];
    expect(reads).toHaveLength(1);
    // A write commits here, after the first read began; the latecomers must see it.
    reads[0]!.finish('7');
    await settle();
    expect(reads).toHaveLength(2);
    expect(reads[1]!.askedBefore).toBe(4);
    reads[1]!.finish('8');
    await expect(early).resolves.toBe('7');
    for (const answer of late) await expect(answer).resolves.toBe('8');
  });

  it('keeps at most one read in flight and one waiting, however many ask', async () => {
    const { reads, ask } = readsByHand();
    const answers = Array.from({ length: 50 }, () => ask());
    reads[0]!.finish('1');
    await settle();
    const more = Array.from({ length: 50 }, () => ask());
    expect(reads).toHaveLength(2);
    reads[1]!.finish('2');
    await settle();
    expect(reads).toHaveLength(3);
    reads[2]!.finish('3');
    expect(await Promise.all(answers)).toEqual(['1', ...Array(49).fill('2')]);
    expect(await Promise.all(more)).toEqual(Array(50).fill('3'));
  });

  it('starts afresh once idle', async () => {
    const { reads, ask } = readsByHand();
    const first = ask();
    reads[0]!.finish('1');
    await first;
    await settle();
    const second = ask();
    expect(reads).toHaveLength(2);
    reads[1]!.finish('2');
    await expect(second).resolves.toBe('2');
  });

  it('fails only the requests that waited on a failed read; the next request reads again', async () => {
    const { reads, ask } = readsByHand();
    const early = ask();
    const late = ask();
    reads[0]!.fail(new Error('connection lost'));
    await expect(early).rejects.toThrow('connection lost');
    await settle();
    reads[1]!.fail(new Error('still down'));
    await expect(late).rejects.toThrow('still down');
    await settle();
    const after = ask();
    expect(reads).toHaveLength(3);
    reads[2]!.finish('9');
    await expect(after).resolves.toBe('9');
  });
});
