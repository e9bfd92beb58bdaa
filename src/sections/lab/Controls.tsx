/** The lab's settings: every slider's range and step come from the field table. */
import { useExplorerStore } from '../../store';
import { selectSetLabDesign, selectSetLabNumber } from '../../store/selectors';
import { type LabParams } from '../../model/lab/params';
import { rangeOf } from '../../document/fields';
import { useLabSettings } from '../../hooks/useLabSettings';
import { FieldControl } from '../../controls/FieldControl';
import { RadioGroup } from '../../controls/RadioGroup';
import { RangeControl } from '../../controls/RangeControl';
import { ViewLink } from '../../controls/ViewLink';
import { lookSizes } from '../../model/lab/labSimulation';
import { t } from '../../messages/i18n';
import { T } from '../../messages/T';
import { viewLabel } from '../../messages/views';
import { formatNumber } from '../../messages/format';
import { boundaryConvention, count, sdUnits, wholePercent } from '../../messages/lab';

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
  const sd = (v: number) => sdUnits(v);
  return (
    <section aria-labelledby="controls-title" className="lab-controls">
      <h2 id="controls-title">{t('lab.controls.heading')}</h2>
      <RadioGroup
        legend={t('lab.controls.design')}
        value={params.design}
        options={[
          { value: 'crossover', label: t('lab.controls.crossover') },
          { value: 'parallel', label: t('lab.controls.parallel') },
        ]}
        onChange={setDesign}
      />
      <div className="lab-controls__grid">
        <fieldset className="lab-controls__group">
          <legend>{t('lab.controls.people')}</legend>
          <RangeControl
            label={t('field.n')}
            value={params.n}
            {...rangeOf('n')}
            format={(v) => count(v)}
            onChange={(v) => setNumber('n', v)}
          />
          <RangeControl
            label={t('lab.controls.effect')}
            hint={t('lab.controls.effectHint')}
            value={params.effect}
            {...rangeOf('effect')}
            format={sd}
            onChange={(v) => setNumber('effect', v)}
          />
          <RangeControl
            label={t('lab.controls.sd')}
            hint={t('lab.controls.sdHint')}
            value={params.sd}
            {...rangeOf('sd')}
            format={(v) => formatNumber(v, 1, true)}
            onChange={(v) => setNumber('sd', v)}
          />
          <RangeControl
            label={t('field.rho')}
            hint={t('lab.controls.rhoHint')}
            value={params.rho}
            {...rangeOf('rho')}
            format={(v) => formatNumber(v, 2, true)}
            onChange={(v) => setNumber('rho', v)}
          />
        </fieldset>
        <fieldset className="lab-controls__group" disabled={params.design !== 'crossover'}>
          <legend>{t('lab.controls.periods')}</legend>
          <RangeControl
            label={t('lab.controls.period')}
            hint={t('lab.controls.periodHint')}
            value={params.period}
            {...rangeOf('period')}
            format={sd}
            onChange={(v) => setNumber('period', v)}
          />
          <RangeControl
            label={t('field.carryover')}
            hint={t('lab.controls.carryoverHint')}
            value={params.carryover}
            {...rangeOf('carryover')}
            format={sd}
            onChange={(v) => setNumber('carryover', v)}
          />
          <RangeControl
            label={t('field.washout')}
            hint={t('lab.controls.washoutHint', {
              left: wholePercent(remaining),
              lambda: sdUnits(lambda),
            })}
            value={params.washout}
            {...rangeOf('washout')}
            format={(v) => t('unit.days', { value: v })}
            onChange={(v) => setNumber('washout', v)}
          />
          <RangeControl
            label={t('lab.controls.dropout')}
            value={params.dropout}
            {...rangeOf('dropout')}
            format={(v) => wholePercent(v)}
            onChange={(v) => setNumber('dropout', v)}
          />
          <p className="lab-controls__note">
            <T
              id="lab.controls.washoutNote"
              values={{ view: viewLabel('timeline') }}
              components={{ link: <ViewLink to="timeline">{null}</ViewLink> }}
            />
          </p>
        </fieldset>
        <fieldset className="lab-controls__group">
          <legend>{t('lab.controls.outcome')}</legend>
          <FieldControl field="outcome" />
          {params.design === 'crossover' && <FieldControl field="crossoverDesign" />}
          {twoSequences ? (
            <RangeControl
              label={
                params.design === 'parallel'
                  ? t('lab.controls.allocationArm')
                  : t('lab.controls.allocationSequence', {
                      sequence: settings.crossoverDesign === 'abb-baa' ? 'ABB' : 'AB',
                    })
              }
              hint={t('lab.controls.allocationHint', { half: formatNumber(0.5, 1) })}
              value={settings.allocation}
              {...rangeOf('allocation')}
              format={(v) => wholePercent(v)}
              onChange={(v) => setField('allocation', v)}
            />
          ) : (
            <p className="lab-controls__note">{t('lab.controls.balaamShare')}</p>
          )}
          {settings.outcome === 'binary' && (
            <>
              <RangeControl
                label={t('lab.controls.pControl')}
                hint={t('lab.controls.pControlHint')}
                value={settings.pControl}
                {...rangeOf('pControl')}
                format={(v) => wholePercent(v)}
                onChange={(v) => setField('pControl', v)}
              />
              <RangeControl
                label={t('lab.controls.pActive')}
                hint={t('lab.controls.pActiveHint')}
                value={settings.pActive}
                {...rangeOf('pActive')}
                format={(v) => wholePercent(v)}
                onChange={(v) => setField('pActive', v)}
              />
            </>
          )}
        </fieldset>
        <fieldset className="lab-controls__group">
          <legend>{t('lab.controls.testing')}</legend>
          <RangeControl
            label={t('lab.controls.alpha')}
            hint={t('lab.controls.alphaHint')}
            value={params.alpha}
            {...rangeOf('alpha')}
            format={(v) => formatNumber(v, 3, true)}
            onChange={(v) => setNumber('alpha', v)}
          />
          <LookControls />
          <RangeControl
            label={t('lab.controls.sims')}
            hint={t('lab.controls.simsHint', { max: count(rangeOf('sims').max) })}
            value={params.sims}
            {...rangeOf('sims')}
            format={(v) => count(v)}
            onChange={(v) => setNumber('sims', v)}
          />
          <div className="seed-control">
            <span>{t('lab.controls.seed', { seed: params.seed })}</span>
            <button
              type="button"
              className="button"
              onClick={() => setNumber('seed', params.seed + 1)}
            >
              {t('lab.controls.newSample')}
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
        label={t('lab.controls.looks')}
        hint={t('lab.controls.looksHint')}
        value={looks}
        {...rangeOf('interimLooks')}
        format={(v) => (v === 0 ? t('lab.controls.looksNone') : count(v))}
        onChange={(v) => setField('interimLooks', v)}
      />
      {looks > 0 && (
        <>
          <RangeControl
            label={t('lab.controls.firstLook')}
            hint={t('lab.controls.firstLookHint', { sizes: sizes.map(count).join(', '), n })}
            value={firstLook}
            {...rangeOf('firstLook')}
            format={(v) =>
              v === 0
                ? t('lab.controls.equalSpacing')
                : t('lab.controls.shareOfPeople', { share: wholePercent(v) })
            }
            onChange={(v) => setField('firstLook', v)}
          />
          <FieldControl field="spending" />
          <p className="lab-controls__note">
            {t('lab.controls.boundaries', { convention: boundaryConvention() })}
          </p>
        </>
      )}
    </>
  );
}
