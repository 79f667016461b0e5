import { describe, expect, it } from 'vitest';
import { InOrder } from '../../../src/integrations/in-order.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('InOrder', () => {
  it('runs tasks in the order places were taken, whatever order they arrive in, skips included', async () => {
    const line = new InOrder();
    const places = Array.from({ length: 6 }, () => line.take());
    const ran: number[] = [];
    const task = (place: number) => () => {
      ran.push(place);
      return Promise.resolve();
    };
    const done = [line.run(places[3]!, task(3)), line.run(places[1]!, task(1))];
    line.skip(places[2]!);
    await tick();
    expect(ran).toEqual([]);
    done.push(line.run(places[0]!, task(0)));
    await Promise.all(done);
    expect(ran).toEqual([0, 1, 3]);
    line.skip(places[5]!);
    await line.run(places[4]!, task(4));
    expect(ran).toEqual([0, 1, 3, 4]);
  });

  it('waits for a slow task before the next, and passes a failure to its own caller only', async () => {
    const line = new InOrder();
    const [first, second] = [line.take(), line.take()];
    const ran: string[] = [];
    const slow = line.run(first, async () => {
      await tick();
      ran.push('first');
      throw new Error('first failed');
    });
    const next = line.run(second, async () => {
      ran.push('second');
    });
    await expect(slow).rejects.toThrow('first failed');
    await next;
    expect(ran).toEqual(['first', 'second']);
  });
});
