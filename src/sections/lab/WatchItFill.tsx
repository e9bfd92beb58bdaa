/**
 * "Watch it fill": the lab's current run again, one trial at a time, at a pace the eye can follow
 * (src/model/lab/fill.ts: a few trials a second at first, then doubling). Each new estimate drops
 * into the histogram and the share of trials that found the effect, with its 95% interval,
 * narrows. Pausable and resumable; under prefers-reduced-motion the trials are added at once. The
 * full-speed run above stays the default; a finished fill has exactly its totals (same seed, same
 * trials, same chunks). Only this panel re-renders as trials arrive, once per animation frame.
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { scaleLinear } from 'd3-scale';
import type { LabParams } from '../../model/lab/params';
import { histogramRange, summarise, type MonteCarloTotals } from '../../model/lab/simulate';
import { createFill, fillRate, type Fill, type FilledTrial } from '../../model/lab/fill';
import { clopperPearson } from '../../model/binomialInterval';
import { CHUNK } from '../../workers/simulationProtocol';
import { useLabParams } from '../../hooks/useLabParams';
import { useLabDerived } from '../../hooks/useLabDerived';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { usePrefersReducedMotion } from '../../hooks/usePrefersReducedMotion';
import { EstimateHistogram } from '../../charts/EstimateHistogram';
import { fillText } from '../../messages/challenges';
import './WatchItFill.css';

type Mode = 'idle' | 'running' | 'paused' | 'done';

interface Snapshot {
  totals: MonteCarloTotals;
  /** The latest trials, drawn as dots falling into their bins. */
  drops: FilledTrial[];
}

/** Dots in flight at most (older ones have landed in their bars). */
const MAX_DROPS = 16;

export function WatchItFill() {
  const params = useLabParams();
  const { lambda, powerCrossover, powerParallel } = useLabDerived(params);
  const reduced = usePrefersReducedMotion();
  const text = fillText();
  const analytic = params.design === 'crossover' ? powerCrossover : powerParallel;
  return (
    <section className="fill" aria-labelledby="fill-title">
      <h3 id="fill-title">{text.heading}</h3>
      <p className="fill__intro">{text.intro}</p>
      {reduced && <p className="fill__note">{text.reduced}</p>}
      {/* A new job (any setting changed) starts a new, idle fill. */}
      <FillRun
        key={JSON.stringify({ ...params, lambda })}
        params={params}
        lambda={lambda}
        analytic={analytic}
        reduced={reduced}
      />
    </section>
  );
}

function FillRun({
  params,
  lambda,
  analytic,
  reduced,
}: {
  params: LabParams;
  lambda: number;
  analytic: number;
  reduced: boolean;
}) {
  const text = fillText();
  const [mode, setMode] = useState<Mode>('idle');
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const fillRef = useRef<Fill | null>(null);

  const finish = () => {
    const fill = fillRef.current;
    if (!fill) return;
    fill.finish();
    setSnapshot({ totals: fill.totals(), drops: [] });
    setMode('done');
  };

  const start = () => {
    fillRef.current = createFill(params, lambda, CHUNK);
    setSnapshot({ totals: fillRef.current.totals(), drops: [] });
    if (reduced) finish();
    else setMode('running');
  };

  // The animation: trials are added per frame at the pace `fillRate` sets.
  useEffect(() => {
    const fill = fillRef.current;
    if (mode !== 'running' || !fill) return;
    if (reduced) {
      fill.finish();
      setSnapshot({ totals: fill.totals(), drops: [] });
      setMode('done');
      return;
    }
    let frame = 0;
    let last = performance.now();
    let owed = 0;
    let drops: FilledTrial[] = [];
    const tick = (now: number) => {
      // A hidden tab or a long frame does not make the trials jump ahead.
      owed += (Math.max(0, Math.min(100, now - last)) / 1000) * fillRate(fill.added());
      last = now;
      const count = Math.floor(owed);
      if (count > 0) {
        owed -= count;
        const added = fill.step(count);
        drops = [...drops, ...added.slice(-MAX_DROPS)].slice(-MAX_DROPS);
        setSnapshot({ totals: fill.totals(), drops });
      }
      if (fill.added() >= fill.total) {
        setSnapshot({ totals: fill.totals(), drops: [] });
        setMode('done');
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [mode, reduced]);

  const row = params.design === 'crossover' ? 'crossover' : 'parallel';
  const hist = params.design === 'crossover' ? 'histCrossover' : 'histParallel';
  const summary = snapshot ? summarise(snapshot.totals[row]) : null;
  const done = snapshot?.totals.sims ?? 0;
  const total = Math.round(params.sims);
  const rejected = snapshot ? Math.round(snapshot.totals[row][0]!) : 0;
  const counted = summary?.count ?? 0;
  const interval = counted > 0 ? clopperPearson(rejected, counted) : null;
  const share = interval
    ? { value: interval.estimate, lower: interval.lower, upper: interval.upper }
    : null;
  const isNull = params.effect === 0;

  return (
    <div className="fill__run" data-mode={mode} data-trials={done}>
      <div className="fill__controls">
        {mode === 'idle' && (
          <button type="button" className="button button--primary" onClick={start}>
            {text.start}
          </button>
        )}
        {mode === 'running' && (
          <button type="button" className="button" onClick={() => setMode('paused')}>
            {text.pause}
          </button>
        )}
        {mode === 'paused' && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setMode('running')}
          >
            {text.resume}
          </button>
        )}
        {(mode === 'running' || mode === 'paused') && (
          <button type="button" className="button" onClick={finish}>
            {text.finish}
          </button>
        )}
        {mode === 'done' && (
          <button type="button" className="button" onClick={start}>
            {text.restart}
          </button>
        )}
        {mode !== 'idle' && <span className="fill__progress">{text.progress(done, total)}</span>}
      </div>
      {snapshot && (
        <>
          <FillHistogram params={params} snapshot={snapshot} hist={hist} row={row} />
          {share && (
            <>
              <ShareGauge share={share} analytic={isNull ? params.alpha : analytic} />
              <p className="fill__rate">{text.rate(done, total, share, analytic, isNull)}</p>
            </>
          )}
        </>
      )}
      <p role="status" className="fill__status">
        {mode === 'done' ? text.done(total) : mode === 'paused' ? text.progress(done, total) : ''}
      </p>
    </div>
  );
}

function FillHistogram({
  params,
  snapshot,
  hist,
  row,
}: {
  params: LabParams;
  snapshot: Snapshot;
  hist: 'histCrossover' | 'histParallel';
  row: 'crossover' | 'parallel';
}) {
  const text = fillText();
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const range = histogramRange(params);
  const counts = snapshot.totals[hist];
  const summary = summarise(snapshot.totals[row]);
  const binWidth = (range[1] - range[0]) / counts.length;
  const binOf = (estimate: number) =>
    Math.min(counts.length - 1, Math.max(0, Math.floor((estimate - range[0]) / binWidth)));
  return (
    <figure className="fill__figure">
      <figcaption>
        <span id="fill-chart-title" className="fill__chart-title">
          {text.chartTitle}
        </span>
        <span id="fill-chart-description" className="visually-hidden">
          {text.chartDescription}
        </span>
      </figcaption>
      <div ref={containerRef} className="chart-figure__canvas">
        {size.width > 0 && (
          <EstimateHistogram
            counts={counts}
            range={range}
            trueEffect={params.effect}
            meanEstimate={summary.meanEstimate}
            width={size.width}
            fontSize={size.fontSize}
            titleId="fill-chart-title"
            descriptionId="fill-chart-description"
            overlay={({ x, y }) =>
              snapshot.drops
                .filter((drop) => drop.estimate === drop.estimate)
                .map((drop) => {
                  const bin = binOf(drop.estimate);
                  const cx = x(range[0] + (bin + 0.5) * binWidth);
                  const cy = y(counts[bin]!) - 4;
                  return (
                    <circle
                      key={drop.index}
                      className="fill__drop"
                      cx={cx}
                      cy={cy}
                      r={4}
                      style={{ '--fall': `${-cy}px` } as CSSProperties}
                    />
                  );
                })
            }
          />
        )}
      </div>
    </figure>
  );
}

/** The share so far on a 0–100% line: its 95% interval, the point, and the formula's value. */
function ShareGauge({
  share,
  analytic,
}: {
  share: { value: number; lower: number; upper: number };
  analytic: number;
}) {
  const text = fillText();
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const width = size.width;
  const fontSize = size.fontSize || 16;
  const height = fontSize * 4;
  const x = scaleLinear()
    .domain([0, 1])
    .range([fontSize, Math.max(fontSize * 2, width - fontSize)]);
  const mid = fontSize * 1.6;
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const percent = (v: number) => `${Math.round(v * 100)}%`;
  return (
    <div ref={containerRef} className="fill__gauge">
      <p id="fill-gauge-title" className="fill__gauge-title">
        {text.gaugeTitle}
      </p>
      {width > 0 && (
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby="fill-gauge-title"
        >
          <line x1={x(0)} x2={x(1)} y1={mid} y2={mid} className="fill__gauge-axis" />
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={x(tick)}
                x2={x(tick)}
                y1={mid - 4}
                y2={mid + 4}
                className="fill__gauge-axis"
              />
              <text
                x={x(tick)}
                y={mid + fontSize * 1.5}
                textAnchor={tick === 0 ? 'start' : tick === 1 ? 'end' : 'middle'}
                fontSize={fontSize * 0.75}
                className="fill__gauge-label"
              >
                {percent(tick)}
              </text>
            </g>
          ))}
          {analytic === analytic && (
            <g>
              <line
                x1={x(analytic)}
                x2={x(analytic)}
                y1={mid - fontSize}
                y2={mid + fontSize * 0.4}
                className="fill__gauge-analytic"
              />
              <text
                x={x(analytic)}
                y={mid - fontSize * 1.05}
                textAnchor={analytic > 0.85 ? 'end' : analytic < 0.15 ? 'start' : 'middle'}
                fontSize={fontSize * 0.75}
                className="fill__gauge-label"
              >
                {text.gaugeAnalytic}
              </text>
            </g>
          )}
          <line
            x1={x(share.lower)}
            x2={x(share.upper)}
            y1={mid}
            y2={mid}
            className="fill__gauge-interval"
          />
          <circle cx={x(share.value)} cy={mid} r={fontSize * 0.35} className="fill__gauge-point" />
        </svg>
      )}
    </div>
  );
}
