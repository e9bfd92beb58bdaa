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
import { EXACT_T_BELOW_DF, labAnalytic, type LabAnalytic } from '../../model/lab/labPower';
import { simulateLabPeople, summariseLab, type LabSummary } from '../../model/lab/labSimulation';
import { labPeopleCsv } from '../../model/lab/labCsv';
import type { LabJob } from '../../workers/simulationProtocol';
import { useLabParams } from '../../hooks/useLabParams';
import { useLabDerived } from '../../hooks/useLabDerived';
import { useLabSettings } from '../../hooks/useLabSettings';
import { requestLabCsv, useLabMonteCarlo } from '../../hooks/useMonteCarlo';
import { SimulationProgress } from '../../components/SimulationProgress';
import { ChartFigure } from '../../components/ChartFigure';
import { TableScroll } from '../../components/TableScroll';
import { useFigureFrame } from '../../figures/frame';
import { num, pct, simulatedNote } from './shared';
import { t, type MessageId } from '../../messages/i18n';
import { T } from '../../messages/T';
import { lowerFirst } from '../../messages/flow';
import { ResearchPowerCurve } from './ResearchPowerCurve';
import {
  analysisName,
  boundaryConvention,
  count,
  looksApproximationNote,
  treatmentName,
} from '../../messages/lab';

const plusMinus = (s: LabSummary | null) =>
  s && s.rejection === s.rejection
    ? t('lab.plusMinus', { value: pct(s.rejection), se: pct(s.mcse) })
    : '—';
const people = (x: number) => num(x, 1);
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
    <TableScroll label={t('lab.research.structureLabel')}>
      <table className="data-table">
        <caption>{t('lab.research.structureCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lab.trial.sequence')}</th>
            {periods.map((p) => (
              <th scope="col" key={p}>
                {t('lab.research.periodColumn', { period: p })}
              </th>
            ))}
            <th scope="col">{t('lab.research.shareOfPeople')}</th>
          </tr>
        </thead>
        <tbody>
          {structure.sequences.map((s, i) => (
            <tr key={s.label}>
              <th scope="row">{s.label}</th>
              {s.treatments.map((treatment, p) => (
                <td key={p}>{treatmentName(treatment)}</td>
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
  const spendingLabel = lowerFirst(t(`field.spending.${config.spending}` as MessageId));
  const convention =
    looks.length > 1
      ? t('lab.research.convention', { spending: spendingLabel, convention: boundaryConvention() })
      : t('lab.research.noLooks');
  const total = mc.total;
  const running = !mc.done && !mc.cancelled;
  const effectText = binary
    ? t('lab.research.effectBinary', { active: pct(config.pActive), control: pct(config.pControl) })
    : t('lab.research.effectContinuous', { effect: t('unit.SD', { value: num(config.effect) }) });

  const summary = main
    ? t('lab.research.summary', {
        done: count(mc.trialsDone),
        total: count(total),
        cancelled: mc.cancelled ? 'yes' : 'no',
        power: plusMinus(main),
        powerAnalytic: pct(seq?.power ?? NaN),
        typeI: plusMinus(nul),
        typeIAnalytic: pct(seq?.typeIError ?? NaN),
        expectedH1: people(main.expectedN),
        expectedH0: people(nul?.expectedN ?? NaN),
        n: count(config.n),
      })
    : t('lab.many.simulating');

  const rows: [string, string, string][] = [
    [t('lab.research.rowPower'), plusMinus(main), pct(seq?.power ?? NaN)],
    [t('lab.research.rowTypeI'), plusMinus(nul), pct(seq?.typeIError ?? NaN)],
    [
      t('lab.research.rowExpectedH1'),
      people(main?.expectedN ?? NaN),
      people(seq?.expectedN ?? NaN),
    ],
    [
      t('lab.research.rowExpectedH0'),
      people(nul?.expectedN ?? NaN),
      people(seq?.expectedNNull ?? NaN),
    ],
    [t('lab.research.rowFixed'), pct(rate(mc.main?.fixed)), pct(analytic?.power ?? NaN)],
    [
      t('lab.research.rowParallel'),
      pct(rate(mc.main?.parallel)),
      pct(analytic?.parallelPower ?? NaN),
    ],
  ];
  if (analytic?.mcnemarPower != null)
    rows.push([
      t('lab.research.rowMcNemar'),
      pct(rate(mc.main?.mcnemar)),
      pct(analytic.mcnemarPower),
    ]);

  const numbersTable = (
    <TableScroll label={t('lab.research.numbersLabel')}>
      <table className="data-table">
        <caption>{t('lab.research.numbersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lab.research.quantity')}</th>
            <th scope="col">{t('lab.research.simulated')}</th>
            <th scope="col">{t('lab.research.analytic')}</th>
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
    <TableScroll label={t('lab.research.boundariesLabel')}>
      <table className="data-table">
        <caption>{t('lab.research.boundariesCaption', { convention })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lab.research.look')}</th>
            <th scope="col">{t('lab.research.peopleAnalysed')}</th>
            <th scope="col">{t('lab.research.criticalZ')}</th>
            <th scope="col">{t('lab.research.nominalP')}</th>
            <th scope="col">{t('lab.research.stopsH1')}</th>
            <th scope="col">{t('lab.research.stopsH0')}</th>
          </tr>
        </thead>
        <tbody>
          {looks.map((size, k) => (
            <tr key={k}>
              <th scope="row">
                {k === looks.length - 1
                  ? t('lab.research.finalLook', { look: k + 1 })
                  : count(k + 1)}
              </th>
              <td>{count(size)}</td>
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
      title={t('figure.lab-research.title')}
      description={t('lab.research.description', {
        sims: count(config.sims),
        n: count(config.n),
        effect: effectText,
        analysis: name,
      })}
      summary={summary}
      facts={[]}
      provenanceNote={simulatedNote()}
      table={numbersTable}
    >
      <div className="lab-research">
        <SimulationProgress
          className="lab-research__progress"
          label={t('lab.controls.sims')}
          trialsDone={mc.trialsDone}
          total={total}
          isDone={mc.done}
          isCancelled={mc.cancelled}
          onCancel={interactive ? mc.cancel : undefined}
        />
        <p className="lab-research__analysis">
          <T
            id="lab.research.analysisLine"
            values={{ analysis: name, convention }}
            components={{ strong: <strong /> }}
          />
        </p>
        <dl className="lab-research__numbers">
          <div>
            <dt>{t('lab.definitions.power.term')}</dt>
            <dd>
              {plusMinus(main)}{' '}
              <small>{t('lab.research.analyticValue', { value: pct(seq?.power ?? NaN) })}</small>
            </dd>
          </div>
          <div>
            <dt>{t('lab.definitions.typeI.term')}</dt>
            <dd>
              {plusMinus(nul)}{' '}
              <small>
                {t('lab.research.analyticValue', { value: pct(seq?.typeIError ?? NaN) })}
              </small>
            </dd>
          </div>
          <div>
            <dt>{t('lab.definitions.expectedN.term')}</dt>
            <dd>
              {t('lab.research.expectedValue', {
                h1: people(main?.expectedN ?? NaN),
                h0: people(nul?.expectedN ?? NaN),
              })}{' '}
              <small>
                {t('lab.research.expectedAnalytic', {
                  h1: people(seq?.expectedN ?? NaN),
                  h0: people(seq?.expectedNNull ?? NaN),
                })}
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
            <p className="lab-research__note">{looksApproximationNote(EXACT_T_BELOW_DF)}</p>
          )}
        {frame !== 'slide' && <DesignStructureTable structure={structure} />}
        {interactive && (
          <div className="lab-research__downloads">
            <button type="button" className="button" onClick={downloadTrials} disabled={busy}>
              {t('lab.research.downloadTrials')}
            </button>
            <button type="button" className="button" onClick={downloadPeople}>
              {t('lab.research.downloadPeople')}
            </button>
          </div>
        )}
      </div>
    </ChartFigure>
  );
}
