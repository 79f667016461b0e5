/**
 * How fast the machine is right now, as the seconds a fixed JavaScript workload takes.
 *
 * This machine is shared: the same build of the same code has taken a third longer an hour
 * later, in wall and in CPU time. This workload, timed before the first build and after the
 * last, is one clue to whether two runs had an equally fast machine. Only a clue: it is all
 * computation, and a build also waits on memory and on the disk.
 */

/** Build, serialize, parse and sort records: the kind of work a static build does. */
function workload(): number {
  const records = Array.from({ length: 200_000 }, (_, i) => ({
    id: `article-${(i * 2_654_435_761) % 1_000_003}`,
    words: `${i} Iran Syria Hezbollah Damascus Aleppo Homs`.split(' '),
    date: new Date(Date.UTC(2011, 0, 1 + (i % 5_000))).toISOString(),
  }));
  const parsed = JSON.parse(JSON.stringify(records)) as typeof records;
  parsed.sort((a, b) => a.id.localeCompare(b.id));
  return parsed.length;
}

/** Median seconds of three runs of the workload, after one to warm up the JIT and the heap. */
export function referenceSeconds(): number {
  workload();
  const times: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    workload();
    times.push((performance.now() - started) / 1000);
  }
  return times.sort((a, b) => a - b)[1]!;
}
