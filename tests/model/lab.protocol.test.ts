// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB } from '../../src/model/lab/params';
import { DEFAULT_LAB_SETTINGS } from '../../src/model/lab/settings';
import { simulateLab } from '../../src/model/lab/labSimulation';
import { labChunkSize, labRunCsv, runLabJob } from '../../src/workers/simulationProtocol';

const job = {
  config: { ...DEFAULT_LAB, ...DEFAULT_LAB_SETTINGS, n: 400, sims: 1500, interimLooks: 1 },
  lambda: 0,
};
const tick = () => Promise.resolve();

describe('the lab worker protocol', () => {
  it('streams chunks with progress (trials done / total) and ends with the one-run totals', async () => {
    const progress: number[] = [];
    let last: Parameters<Parameters<typeof runLabJob>[1]>[0] | null = null;
    await runLabJob(
      job,
      (m) => ((last = m), progress.push(m.trialsDone)),
      () => true,
      tick,
    );
    expect(labChunkSize(400)).toBe(500);
    expect(progress).toEqual([500, 1000, 1500]);
    expect(last!.done).toBe(true);
    expect(last!.total).toBe(1500);
    expect(Array.from(last!.main.rejectAt)).toEqual(
      Array.from(simulateLab(job.config, 0, 0, 1500).rejectAt),
    );
  });

  it('stops when cancelled', async () => {
    let active = true;
    const seen: number[] = [];
    await runLabJob(
      job,
      (m) => (seen.push(m.trialsDone), (active = false)),
      () => active,
      tick,
    );
    expect(seen).toEqual([500]);
  });

  it('writes the CSV of a run', () => {
    const small = { ...job, config: { ...job.config, n: 20, sims: 10 } };
    const csv = labRunCsv(small, 'null');
    expect(csv.split('\n').filter((l) => /^\d/.test(l))).toHaveLength(10);
    expect(csv).toMatch(/pActive=0\.3/); // the null run: p_A = p_B
  });
});
