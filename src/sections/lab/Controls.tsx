/**
 * The lab's settings: every slider's range and step come from the field table. Each slider's
 * callbacks are stable (module functions and one setter per field), so a press re-renders the
 * slider that moved and the hints that changed, not all fourteen (RangeControl is memoised).
 */
import { useCallback } from 'react';
import { useExplorerStore, type ExplorerState } from '../../store';
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

type LabNumberKey = Parameters<ExplorerState['setLabNumber']>[0];
type NumberFieldKey = 'allocation' | 'pControl' | 'pActive' | 'interimLooks' | 'firstLook';

/** A stable setter for one of the lab's numbers. */
function useNumberSetter(key: LabNumberKey): (value: number) => void {
  const setNumber = useExplorerStore(selectSetLabNumber);
  return useCallback((value: number) => setNumber(key, value), [setNumber, key]);
}

/** A stable setter for one of the lab's other numeric fields. */
function useFieldSetter(key: NumberFieldKey): (value: number) => void {
  const setField = useExplorerStore((state) => state.setField);
  return useCallback((value: number) => setField(key, value), [setField, key]);
}

const sd = (value: number) => sdUnits(value);
const oneDecimal = (value: number) => formatNumber(value, 1, true);
const twoDecimals = (value: number) => formatNumber(value, 2, true);
const threeDecimals = (value: number) => formatNumber(value, 3, true);
const days = (value: number) => t('unit.days', { value });
const looksText = (value: number) => (value === 0 ? t('lab.controls.looksNone') : count(value));
const firstLookText = (value: number) =>
  value === 0
    ? t('lab.controls.equalSpacing')
    : t('lab.controls.shareOfPeople', { share: wholePercent(value) });

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
  const on = {
    n: useNumberSetter('n'),
    effect: useNumberSetter('effect'),
    sd: useNumberSetter('sd'),
    rho: useNumberSetter('rho'),
    period: useNumberSetter('period'),
    carryover: useNumberSetter('carryover'),
    washout: useNumberSetter('washout'),
    dropout: useNumberSetter('dropout'),
    alpha: useNumberSetter('alpha'),
    sims: useNumberSetter('sims'),
    allocation: useFieldSetter('allocation'),
    pControl: useFieldSetter('pControl'),
    pActive: useFieldSetter('pActive'),
  };
  const settings = useLabSettings();
  const twoSequences = params.design === 'parallel' || settings.crossoverDesign !== 'balaam';
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
            format={count}
            onChange={on.n}
          />
          <RangeControl
            label={t('lab.controls.effect')}
            hint={t('lab.controls.effectHint')}
            value={params.effect}
            {...rangeOf('effect')}
            format={sd}
            onChange={on.effect}
          />
          <RangeControl
            label={t('lab.controls.sd')}
            hint={t('lab.controls.sdHint')}
            value={params.sd}
            {...rangeOf('sd')}
            format={oneDecimal}
            onChange={on.sd}
          />
          <RangeControl
            label={t('field.rho')}
            hint={t('lab.controls.rhoHint')}
            value={params.rho}
            {...rangeOf('rho')}
            format={twoDecimals}
            onChange={on.rho}
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
            onChange={on.period}
          />
          <RangeControl
            label={t('field.carryover')}
            hint={t('lab.controls.carryoverHint')}
            value={params.carryover}
            {...rangeOf('carryover')}
            format={sd}
            onChange={on.carryover}
          />
          <RangeControl
            label={t('field.washout')}
            hint={t('lab.controls.washoutHint', {
              left: wholePercent(remaining),
              lambda: sdUnits(lambda),
            })}
            value={params.washout}
            {...rangeOf('washout')}
            format={days}
            onChange={on.washout}
          />
          <RangeControl
            label={t('lab.controls.dropout')}
            value={params.dropout}
            {...rangeOf('dropout')}
            format={wholePercent}
            onChange={on.dropout}
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
              format={wholePercent}
              onChange={on.allocation}
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
                format={wholePercent}
                onChange={on.pControl}
              />
              <RangeControl
                label={t('lab.controls.pActive')}
                hint={t('lab.controls.pActiveHint')}
                value={settings.pActive}
                {...rangeOf('pActive')}
                format={wholePercent}
                onChange={on.pActive}
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
            format={threeDecimals}
            onChange={on.alpha}
          />
          <LookControls />
          <RangeControl
            label={t('lab.controls.sims')}
            hint={t('lab.controls.simsHint', { max: count(rangeOf('sims').max) })}
            value={params.sims}
            {...rangeOf('sims')}
            format={count}
            onChange={on.sims}
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
  const setLooks = useFieldSetter('interimLooks');
  const setFirstLook = useFieldSetter('firstLook');
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
        format={looksText}
        onChange={setLooks}
      />
      {looks > 0 && (
        <>
          <RangeControl
            label={t('lab.controls.firstLook')}
            hint={t('lab.controls.firstLookHint', { sizes: sizes.map(count).join(', '), n })}
            value={firstLook}
            {...rangeOf('firstLook')}
            format={firstLookText}
            onChange={setFirstLook}
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
