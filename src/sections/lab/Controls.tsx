/** The lab's settings: every slider's range and step come from the field table. */
import { useExplorerStore } from '../../store';
import { selectSetLabDesign, selectSetLabNumber } from '../../store/selectors';
import { type LabParams } from '../../model/lab/params';
import { rangeOf } from '../../document/fields';
import { BOUNDARY_CONVENTION } from '../../model/lab/boundaries';
import { useLabSettings } from '../../hooks/useLabSettings';
import { FieldControl } from '../../controls/FieldControl';
import { RadioGroup } from '../../controls/RadioGroup';
import { RangeControl } from '../../controls/RangeControl';
import { ViewLink } from '../../controls/ViewLink';
import { lookSizes } from '../../model/lab/labSimulation';

export function Controls({
  params,
  remaining,
  lambda,
}: {
  params: LabParams;
  remaining: number;
  lambda: number;
}) {
  const setNumber = useExplorerStore(selectSetLabNumber);
  const setDesign = useExplorerStore(selectSetLabDesign);
  const setField = useExplorerStore((state) => state.setField);
  const settings = useLabSettings();
  const twoSequences = params.design === 'parallel' || settings.crossoverDesign !== 'balaam';
  const sd = (v: number) => `${v.toFixed(2)} SD`;
  return (
    <section aria-labelledby="controls-title" className="lab-controls">
      <h2 id="controls-title">Your design</h2>
      <RadioGroup
        legend="Design"
        value={params.design}
        options={[
          { value: 'crossover', label: 'Crossover (AB/BA)' },
          { value: 'parallel', label: 'Parallel groups' },
        ]}
        onChange={setDesign}
      />
      <div className="lab-controls__grid">
        <fieldset className="lab-controls__group">
          <legend>People and effect</legend>
          <RangeControl
            label="Participants (total)"
            value={params.n}
            {...rangeOf('n')}
            format={(v) => `${v}`}
            onChange={(v) => setNumber('n', v)}
          />
          <RangeControl
            label="True effect τ"
            value={params.effect}
            {...rangeOf('effect')}
            format={sd}
            onChange={(v) => setNumber('effect', v)}
          />
          <RangeControl
            label="Total SD σ of one measurement"
            value={params.sd}
            {...rangeOf('sd')}
            format={(v) => v.toFixed(1)}
            onChange={(v) => setNumber('sd', v)}
          />
          <RangeControl
            label="Within-person correlation ρ"
            hint="how alike one person's two measurements are"
            value={params.rho}
            {...rangeOf('rho')}
            format={(v) => v.toFixed(2)}
            onChange={(v) => setNumber('rho', v)}
          />
        </fieldset>
        <fieldset className="lab-controls__group" disabled={params.design !== 'crossover'}>
          <legend>Periods, washout and carryover (crossover only)</legend>
          <RangeControl
            label="Period effect π"
            hint="added to every period-2 measurement"
            value={params.period}
            {...rangeOf('period')}
            format={sd}
            onChange={(v) => setNumber('period', v)}
          />
          <RangeControl
            label="Carryover at no washout λ₀"
            hint="extra effect in period 2 after the active condition"
            value={params.carryover}
            {...rangeOf('carryover')}
            format={sd}
            onChange={(v) => setNumber('carryover', v)}
          />
          <RangeControl
            label="Washout"
            hint={`${Math.round(remaining * 100)}% of the effect left (illustrative curve), so λ = ${lambda.toFixed(2)} SD`}
            value={params.washout}
            {...rangeOf('washout')}
            format={(v) => `${v} days`}
            onChange={(v) => setNumber('washout', v)}
          />
          <RangeControl
            label="Dropout before period 2"
            value={params.dropout}
            {...rangeOf('dropout')}
            format={(v) => `${Math.round(v * 100)}%`}
            onChange={(v) => setNumber('dropout', v)}
          />
          <p className="lab-controls__note">
            The washout uses the illustrative effect curve from{' '}
            <ViewLink to="timeline">Effects over time</ViewLink>; change its half-life there.
          </p>
        </fieldset>
        <fieldset className="lab-controls__group">
          <legend>Outcome and design</legend>
          <FieldControl field="outcome" />
          {params.design === 'crossover' && <FieldControl field="crossoverDesign" />}
          {twoSequences ? (
            <RangeControl
              label={
                params.design === 'parallel'
                  ? 'Share of people in arm A'
                  : `Share of people in sequence ${settings.crossoverDesign === 'abb-baa' ? 'ABB' : 'AB'}`
              }
              hint="0.5 = equal allocation"
              value={settings.allocation}
              {...rangeOf('allocation')}
              format={(v) => `${Math.round(v * 100)}%`}
              onChange={(v) => setField('allocation', v)}
            />
          ) : (
            <p className="lab-controls__note">Balaam’s design gives each sequence a quarter.</p>
          )}
          {settings.outcome === 'binary' && (
            <>
              <RangeControl
                label="Response probability on control"
                hint="chance of a response in a period on B"
                value={settings.pControl}
                {...rangeOf('pControl')}
                format={(v) => `${Math.round(v * 100)}%`}
                onChange={(v) => setField('pControl', v)}
              />
              <RangeControl
                label="Response probability on active"
                hint="chance of a response in a period on A"
                value={settings.pActive}
                {...rangeOf('pActive')}
                format={(v) => `${Math.round(v * 100)}%`}
                onChange={(v) => setField('pActive', v)}
              />
            </>
          )}
        </fieldset>
        <fieldset className="lab-controls__group">
          <legend>Testing and interim looks</legend>
          <RangeControl
            label="Significance level α"
            value={params.alpha}
            {...rangeOf('alpha')}
            format={(v) => v.toFixed(3)}
            onChange={(v) => setNumber('alpha', v)}
          />
          <LookControls />
          <RangeControl
            label="Simulated trials"
            hint={`at most ${rangeOf('sims').max.toLocaleString('en-GB')}`}
            value={params.sims}
            {...rangeOf('sims')}
            format={(v) => v.toLocaleString('en-GB')}
            onChange={(v) => setNumber('sims', v)}
          />
          <div className="seed-control">
            <span>Seed {params.seed}</span>
            <button
              type="button"
              className="button"
              onClick={() => setNumber('seed', params.seed + 1)}
            >
              New sample
            </button>
          </div>
        </fieldset>
      </div>
    </section>
  );
}

/**
 * The interim looks, one set for both engines: how many, where the first falls, and how α is
 * spent across them (the original figures take one look; more show the research figure).
 */
function LookControls() {
  const setField = useExplorerStore((state) => state.setField);
  const looks = useExplorerStore((state) => state.interimLooks);
  const firstLook = useExplorerStore((state) => state.firstLook);
  const n = useExplorerStore((state) => state.n);
  const sizes = lookSizes(n, looks, firstLook);
  return (
    <>
      <RangeControl
        label="Interim looks"
        hint="analyses before the final one; the trial stops at the first that rejects"
        value={looks}
        {...rangeOf('interimLooks')}
        format={(v) => (v === 0 ? 'none' : `${v}`)}
        onChange={(v) => setField('interimLooks', v)}
      />
      {looks > 0 && (
        <>
          <RangeControl
            label="First interim look after"
            hint={`looks after ${sizes.join(', ')} of ${n} people`}
            value={firstLook}
            {...rangeOf('firstLook')}
            format={(v) => (v === 0 ? 'equal spacing' : `${Math.round(v * 100)}% of people`)}
            onChange={(v) => setField('firstLook', v)}
          />
          <FieldControl field="spending" />
          <p className="lab-controls__note">Boundaries: {BOUNDARY_CONVENTION.label}.</p>
        </>
      )}
    </>
  );
}
