/**
 * A schematic of the rat harm aversion task, one panel per step:
 *  1 two cage mates in neighbouring chambers, one with a lever
 *  2 a press gives the presser a sucrose pellet…
 *  3 …and the cage mate a mild shock
 *  4 no press: neither
 *  5 the measure: presses relative to the rat's own baseline (schematic bars, no scale)
 * A drawing, not data: it carries no numbers. Stateless; `animate` adds CSS motion (pellet drop,
 * shock flash), which the stylesheet also switches off under prefers-reduced-motion.
 *
 * Right to left (`rtl`), the drawing mirrors so that it reads from the chooser to its cage mate
 * (and from vehicle to ketamine) in the reader's direction; the words are placed at the mirrored
 * positions but not mirrored themselves.
 */
import { t } from '../messages/i18n';

export const HAT_STEPS = 5;

interface PanelProps {
  step: number;
  animate: boolean;
  title: string;
  /** The page reads right to left: mirror the drawing. */
  rtl?: boolean;
}

const W = 320;
const H = 190;

function Rat({
  x,
  y,
  flip = false,
  className,
}: {
  x: number;
  y: number;
  flip?: boolean;
  className: string;
}) {
  const s = flip ? -1 : 1;
  return (
    <g className={className} transform={`translate(${x},${y}) scale(${s},1)`}>
      <path d="M-28,6 C-44,10 -52,2 -58,-6" className="hat__tail" />
      <ellipse cx={0} cy={0} rx={30} ry={16} className="hat__body" />
      <circle cx={28} cy={-8} r={11} className="hat__body" />
      <circle cx={24} cy={-19} r={5} className="hat__ear" />
      <circle cx={33} cy={-10} r={1.8} className="hat__eye" />
    </g>
  );
}

export function HarmAversionPanel({ step, animate, title, rtl = false }: PanelProps) {
  const pressed = step === 2 || step === 3;
  const showPellet = step === 2 || step === 3;
  const showShock = step === 3;
  const showNeither = step === 4;
  // Shapes mirror as one group; each word sits at its mirrored point, anchored to match.
  const mirror = rtl ? `translate(${W},0) scale(-1,1)` : undefined;
  const mx = (x: number) => (rtl ? W - x : x);
  const anchor = (side: 'start' | 'end' | 'middle') =>
    side === 'middle' || !rtl ? side : side === 'start' ? 'end' : 'start';
  if (step === 5) {
    return (
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="hat hat--measure"
        role="img"
        aria-label={title}
        direction="ltr"
      >
        <g transform={mirror}>
          <line x1={40} x2={300} y1={60} y2={60} className="hat__baseline" />
          <rect x={90} y={60} width={50} height={45} className="hat__bar hat__bar--vehicle" />
          <rect x={200} y={60} width={50} height={95} className="hat__bar hat__bar--ketamine" />
        </g>
        <text x={mx(12)} y={20} textAnchor={anchor('start')} className="hat__note">
          {t('timeline.hat.schematic')}
        </text>
        <text x={mx(300)} y={52} textAnchor={anchor('end')} className="hat__text">
          {t('timeline.hat.baseline')}
        </text>
        <text x={mx(115)} y={125} textAnchor="middle" className="hat__text">
          {t('timeline.hat.vehicle')}
        </text>
        <text x={mx(225)} y={175} textAnchor="middle" className="hat__text">
          {t('timeline.hat.ketamine')}
        </text>
        <text
          x={mx(20)}
          y={110}
          textAnchor="middle"
          className="hat__text"
          transform={`rotate(-90 ${mx(20)} 110)`}
        >
          {t('timeline.hat.below')}
        </text>
      </svg>
    );
  }
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className={`hat${animate ? ' hat--animate' : ''}`}
      role="img"
      aria-label={title}
      direction="ltr"
    >
      <g transform={mirror}>
        <rect x={6} y={30} width={150} height={140} className="hat__chamber" />
        <rect x={164} y={30} width={150} height={140} className="hat__chamber" />
        <line x1={160} x2={160} y1={30} y2={170} className="hat__wall" />
        {/* lever */}
        <g className={pressed ? 'hat__lever hat__lever--pressed' : 'hat__lever'}>
          <rect x={8} y={92} width={8} height={26} />
          <rect x={16} y={pressed ? 108 : 96} width={22} height={6} rx={2} />
        </g>
        {/* food trough */}
        <path d="M40,160 h36 v8 h-36 z" className="hat__trough" />
        {showPellet && <circle cx={58} cy={156} r={5} className="hat__pellet" />}
        {/* grid floor of the cage mate's chamber */}
        {[0, 1, 2, 3, 4, 5, 6].map((i) => (
          <line
            key={i}
            x1={172 + i * 21}
            x2={172 + i * 21}
            y1={160}
            y2={168}
            className="hat__grid"
          />
        ))}
        {showShock && (
          <g className="hat__shock">
            <path d="M236,112 l-12,22 h12 l-10,22 l26,-30 h-12 l10,-14 z" />
          </g>
        )}
        <Rat x={90} y={120} className="hat__rat" flip />
        <Rat x={232} y={100} className="hat__rat hat__rat--mate" />
      </g>
      <text x={mx(81)} y={22} textAnchor="middle" className="hat__text">
        {t('timeline.hat.chooser')}
      </text>
      <text x={mx(239)} y={22} textAnchor="middle" className="hat__text">
        {t('timeline.hat.cageMate')}
      </text>
      <text x={mx(12)} y={86} textAnchor={anchor('start')} className="hat__small">
        {t('timeline.hat.lever')}
      </text>
      {showPellet && (
        <text x={mx(58)} y={145} textAnchor="middle" className="hat__small">
          {t('timeline.hat.sucrose')}
        </text>
      )}
      {showShock && (
        // Under the cage mate's floor, where the shock comes from (room for a long word).
        <text x={mx(239)} y={184} textAnchor="middle" className="hat__small">
          {t('timeline.hat.shock')}
        </text>
      )}
      {showNeither && (
        <g className="hat__neither">
          <text x={mx(81)} y={154} textAnchor="middle" className="hat__small">
            {t('timeline.hat.noPellet')}
          </text>
          <text x={mx(239)} y={150} textAnchor="middle" className="hat__small">
            {t('timeline.hat.noShock')}
          </text>
        </g>
      )}
    </svg>
  );
}
