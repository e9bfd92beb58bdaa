/**
 * The researcher's lab (issue #18, figure `lab-research`): any crossover design, a continuous or
 * binary outcome and up to three interim looks. Runs the lab simulation in the worker with a
 * progress bar and a Cancel button, and shows power, type I error and expected sample size
 * (simulated ± Monte Carlo SE, and analytic from `labAnalytic`), the boundary at each look, the
 * analysis named and cited, the design's sequences × periods, and the CSV downloads.
 */
import { useMemo, useState } from 'react';
import type { LabConfig } from '../../model/lab/settings';
import { designStructure, type DesignStructure } from '../../model/lab/designs';
import { labAnalytic, type LabAnalytic } from '../../model/lab/labPower';
import {
  simulateLabPeople,
  summariseLab,
  type LabSummary,
  type PrimaryAnalysis,
} from '../../model/lab/labSimulation';
import { labPeopleCsv } from '../../model/lab/labCsv';
import { BOUNDARY_CONVENTION } from '../../model/lab/boundaries';
import type { LabJob } from '../../workers/simulationProtocol';
import { useLabParams } from '../../hooks/useLabParams';
import { useLabDerived } from '../../hooks/useLabDerived';
import { useLabSettings } from '../../hooks/useLabSettings';
import { requestLabCsv, useLabMonteCarlo } from '../../hooks/useMonteCarlo';
import { SimulationProgress } from '../../components/SimulationProgress';
import { ChartFigure } from '../../components/ChartFigure';
import { TableScroll } from '../../components/TableScroll';
import { FIELDS } from '../../document/fields';
import { useFigureFrame } from '../../figures/frame';
import { SIMULATED, num, pct } from './shared';
import { ResearchPowerCurve } from './ResearchPowerCurve';
import { LOOKS_APPROXIMATION_NOTE } from '../../messages/lab';

/** The primary analysis, named and cited, for a configuration. */
export function analysisName(analysis: PrimaryAnalysis, config: LabConfig): string {
  switch (analysis) {
    case 'mainland-gart':
      return 'Mainland–Gart test of sequence × preference among people who responded in one period only (Gart, Biometrika 1969;56:75–80; Jones & Kenward 2003 §2.13); McNemar’s test, which ignores period, for comparison (McNemar 1947; power after Connor, Biometrics 1987)';
    case 'two-proportion':
      return 'two-proportion z test on period 1 (power by the normal approximation of R’s power.prop.test; Fleiss 1981)';
    case 'parallel-t':
      return 'two-sample t-test on period 1';
    case 'contrast-t':
      if (config.outcome === 'binary')
        return 'Jones & Kenward within-subject contrast, u = (2, −1, −1), applied to the 0/1 responses: a large-sample test on the risk-difference scale, unbiased under carryover (Jones & Kenward 2003 §3.3–3.5)';
      if (config.crossoverDesign === 'abb-baa')
        return 'Jones & Kenward within-subject contrast t-test, u = (2, −1, −1), unbiased under carryover (Jones & Kenward 2003 §3.3–3.5)';
      if (config.crossoverDesign === 'balaam')
        return 'Jones & Kenward contrast t-test with treatment and carryover fitted across the four sequences (Balaam 1968; Jones & Kenward 2003 §3.2)';
      return 'Jones & Kenward contrast t-test on the period differences of AB/BA (Hills & Armitage 1979; Jones & Kenward 2003 ch. 2)';
  }
}

const plusMinus = (s: LabSummary | null) =>
  s && s.rejection === s.rejection ? `${pct(s.rejection)} ± ${pct(s.mcse)}` : '—';
const people = (x: number) => (x === x ? x.toFixed(1) : '—');
const rate = (row: Float64Array | undefined) => (row && row[3]! > 0 ? row[0]! / row[3]! : NaN);

function safeAnalytic(config: LabConfig, lambda: number): LabAnalytic | null {
  try {
    return labAnalytic(config, lambda);
  } catch {
    return null;
  }
}

function download(text: string, filename: string) {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DesignStructureTable({ structure }: { structure: DesignStructure }) {
  const periods = Array.from({ length: structure.periods }, (_, p) => p + 1);
  return (
    <TableScroll label="Sequences and periods">
      <table className="data-table">
        <caption>Design: sequences × periods → treatment (A active, B control)</caption>
        <thead>
          <tr>
            <th scope="col">Sequence</th>
            {periods.map((p) => (
              <th scope="col" key={p}>
                Period {p}
              </th>
            ))}
            <th scope="col">Share of people</th>
          </tr>
        </thead>
        <tbody>
          {structure.sequences.map((s, i) => (
            <tr key={s.label}>
              <th scope="row">{s.label}</th>
              {s.treatments.map((t, p) => (
                <td key={p}>{t}</td>
              ))}
              <td>{pct(structure.shares[i]!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Many simulated trials of the researcher's design (figure `lab-research`). */
export function LabResearchFigure() {
  const params = useLabParams();
  const settings = useLabSettings();
  const { lambda } = useLabDerived(params);
  const config: LabConfig = useMemo(() => ({ ...params, ...settings }), [params, settings]);
  const jobKey = JSON.stringify([config, lambda]);
  const job: LabJob = useMemo(() => ({ config, lambda }), [config, lambda]);
  const mc = useLabMonteCarlo(job, jobKey);
  const analytic = useMemo(() => safeAnalytic(config, lambda), [config, lambda]);
  const structure = designStructure(config.design, config.crossoverDesign, config.allocation);
  const [busy, setBusy] = useState(false);
  // Buttons only where they can be pressed; the tables only where there is room for them.
  const frame = useFigureFrame();
  const interactive = frame === 'view' || frame === 'embed';

  const main = mc.main ? summariseLab(mc.main) : null;
  const nul = mc.null ? summariseLab(mc.null) : null;
  const seq = analytic?.sequential;
  const looks = seq?.lookSizes ?? [config.n];
  const binary = config.outcome === 'binary';
  const analysis = analytic?.analysis ?? 'contrast-t';
  const name = analysisName(analysis, config);
  const spendingLabel = FIELDS.spending.valueLabels?.[config.spending] ?? config.spending;
  const convention =
    looks.length > 1
      ? `${spendingLabel} boundaries; ${BOUNDARY_CONVENTION.label}`
      : 'one analysis at α (no interim looks)';
  const total = mc.total;
  const running = !mc.done && !mc.cancelled;
  const effectText = binary
    ? `response ${pct(config.pActive)} on active vs ${pct(config.pControl)} on control`
    : `true effect ${config.effect.toFixed(2)} SD`;

  const summary = main
    ? `${mc.trialsDone.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} trials${mc.cancelled ? ' (cancelled)' : ''}: power ${plusMinus(main)} (analytic ${pct(seq?.power ?? NaN)}), type I error ${plusMinus(nul)} (analytic ${pct(seq?.typeIError ?? NaN)}), expected sample size ${people(main.expectedN)} under H1 and ${people(nul?.expectedN ?? NaN)} under H0, out of ${config.n}.`
    : 'Simulating…';

  const rows: [string, string, string][] = [
    ['Power (rejects H0 at any look)', plusMinus(main), pct(seq?.power ?? NaN)],
    ['Type I error (τ = 0, no carryover)', plusMinus(nul), pct(seq?.typeIError ?? NaN)],
    [
      'Expected sample size under H1',
      people(main?.expectedN ?? NaN),
      people(seq?.expectedN ?? NaN),
    ],
    [
      'Expected sample size under H0',
      people(nul?.expectedN ?? NaN),
      people(seq?.expectedNNull ?? NaN),
    ],
    [
      'Power without looks (all people at α)',
      pct(rate(mc.main?.fixed)),
      pct(analytic?.power ?? NaN),
    ],
    [
      'Power of the parallel comparison (period 1)',
      pct(rate(mc.main?.parallel)),
      pct(analytic?.parallelPower ?? NaN),
    ],
  ];
  if (analytic?.mcnemarPower != null)
    rows.push([
      'Power of McNemar’s test (ignores period)',
      pct(rate(mc.main?.mcnemar)),
      pct(analytic.mcnemarPower),
    ]);

  const numbersTable = (
    <TableScroll label="Operating characteristics">
      <table className="data-table">
        <caption>Operating characteristics: simulated (± Monte Carlo SE) and analytic</caption>
        <thead>
          <tr>
            <th scope="col">Quantity</th>
            <th scope="col">Simulated</th>
            <th scope="col">Analytic (normal approx.)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, sim, exact]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{sim}</td>
              <td>{exact}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );

  const boundaryTable = (
    <TableScroll label="Boundaries per look">
      <table className="data-table">
        <caption>Boundaries per look ({convention})</caption>
        <thead>
          <tr>
            <th scope="col">Look</th>
            <th scope="col">People analysed</th>
            <th scope="col">Critical |z|</th>
            <th scope="col">Nominal p threshold</th>
            <th scope="col">Stops here under H1 (simulated)</th>
            <th scope="col">Stops here under H0 (simulated)</th>
          </tr>
        </thead>
        <tbody>
          {looks.map((size, k) => (
            <tr key={k}>
              <th scope="row">{k === looks.length - 1 ? `${k + 1} (final)` : k + 1}</th>
              <td>{size}</td>
              <td>{num(seq?.z[k] ?? NaN, 3)}</td>
              <td>{num(seq?.nominalP[k] ?? NaN, 4)}</td>
              <td>{pct(main?.rejectAt[k] ?? NaN)}</td>
              <td>{pct(nul?.rejectAt[k] ?? NaN)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );

  const downloadTrials = async () => {
    setBusy(true);
    try {
      const text = await requestLabCsv(job, 'main');
      download(text, `lab-trials-seed${config.seed}.csv`);
    } finally {
      setBusy(false);
    }
  };
  const downloadPeople = () => {
    const rowsOfPeople = simulateLabPeople(config, lambda, 0);
    download(
      labPeopleCsv(config, lambda, 0, rowsOfPeople),
      `lab-trial1-people-seed${config.seed}.csv`,
    );
  };

  const id = 'lab-research-figure';
  return (
    <ChartFigure
      id={id}
      figureId="lab-research"
      busy={running}
      summaryLive={!running}
      title="Your design: power, type I error and expected sample size"
      description={`${config.sims.toLocaleString('en-GB')} simulated trials of ${config.n} people, ${effectText}, and as many under no effect; analysed with the ${name}.`}
      summary={summary}
      facts={[]}
      provenanceNote={SIMULATED}
      table={numbersTable}
    >
      <div className="lab-research">
        <SimulationProgress
          className="lab-research__progress"
          label="Simulated trials"
          trialsDone={mc.trialsDone}
          total={total}
          isDone={mc.done}
          isCancelled={mc.cancelled}
          onCancel={interactive ? mc.cancel : undefined}
        />
        <p className="lab-research__analysis">
          <strong>Analysis:</strong> {name}. <strong>Looks:</strong> {convention}.
        </p>
        <dl className="lab-research__numbers">
          <div>
            <dt>Power</dt>
            <dd>
              {plusMinus(main)} <small>(analytic {pct(seq?.power ?? NaN)})</small>
            </dd>
          </div>
          <div>
            <dt>Type I error</dt>
            <dd>
              {plusMinus(nul)} <small>(analytic {pct(seq?.typeIError ?? NaN)})</small>
            </dd>
          </div>
          <div>
            <dt>Expected sample size</dt>
            <dd>
              {people(main?.expectedN ?? NaN)} under H1, {people(nul?.expectedN ?? NaN)} under H0{' '}
              <small>
                (analytic {people(seq?.expectedN ?? NaN)} and {people(seq?.expectedNNull ?? NaN)})
              </small>
            </dd>
          </div>
        </dl>
        {frame !== 'slide' && (
          <ResearchPowerCurve config={config} lambda={lambda} analytic={analytic} />
        )}
        {frame !== 'slide' && boundaryTable}
        {frame !== 'slide' &&
          looks.length > 1 &&
          (analysis === 'contrast-t' || analysis === 'parallel-t') && (
            <p className="lab-research__note">{LOOKS_APPROXIMATION_NOTE}</p>
          )}
        {frame !== 'slide' && <DesignStructureTable structure={structure} />}
        {interactive && (
          <div className="lab-research__downloads">
            <button type="button" className="button" onClick={downloadTrials} disabled={busy}>
              Download the simulated trials (CSV)
            </button>
            <button type="button" className="button" onClick={downloadPeople}>
              Download one trial’s people (CSV)
            </button>
          </div>
        )}
      </div>
    </ChartFigure>
  );
}
