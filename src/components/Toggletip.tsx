/**
 * A toggletip: a small button that shows a panel of extra information on hover, keyboard focus or
 * tap. A click pins the panel open; a second click, Escape or a tap elsewhere closes it. The panel
 * is placed with fixed positioning inside the viewport (also on a 360 px phone) and follows
 * scrolling. Used by <Fact> (provenance) and <Term> (glossary).
 */
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';

interface ToggletipProps {
  /** Text on the button. */
  label: ReactNode;
  /** Accessible name of the button. */
  accessibleName: string;
  buttonClassName: string;
  children: ReactNode;
}

const GAP = 6;
const MARGIN = 8;

export function Toggletip({ label, accessibleName, buttonClassName, children }: ToggletipProps) {
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLSpanElement>(null);
  const panelId = useId();

  const place = useCallback(() => {
    const button = buttonRef.current;
    const panel = panelRef.current;
    if (!button || !panel) return;
    const rect = button.getBoundingClientRect();
    const width = panel.offsetWidth;
    const height = panel.offsetHeight;
    const left = Math.max(MARGIN, Math.min(rect.left, window.innerWidth - width - MARGIN));
    const below = rect.bottom + GAP;
    const top =
      below + height > window.innerHeight - MARGIN && rect.top - GAP - height > MARGIN
        ? rect.top - GAP - height
        : below;
    // CSSOM writes are allowed by the CSP (unlike inline style attributes in HTML).
    panel.style.left = `${left}px`;
    panel.style.top = `${top}px`;
  }, []);

  useLayoutEffect(() => {
    if (open) place();
  }, [open, place]);

  useEffect(() => {
    if (!open) return;
    const close = () => {
      setOpen(false);
      setPinned(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (buttonRef.current?.contains(target) || panelRef.current?.contains(target)) return;
      close();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open, place]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={accessibleName}
        onClick={() => {
          // Focus already opened the panel; a click pins it, a second click closes it.
          setPinned(!pinned);
          setOpen(!pinned);
        }}
        onFocus={() => setOpen(true)}
        onBlur={(event) => {
          if (!pinned && !panelRef.current?.contains(event.relatedTarget as Node | null)) {
            setOpen(false);
          }
        }}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => {
          if (!pinned && document.activeElement !== buttonRef.current) setOpen(false);
        }}
      >
        {label}
      </button>
      {open && (
        <span ref={panelRef} id={panelId} className="toggletip__panel" role="note">
          {children}
        </span>
      )}
    </>
  );
}
