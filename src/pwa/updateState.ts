/**
 * Whether a new version of the app is waiting, as a tiny external store (no React, no zustand):
 * the service-worker registration (loaded lazily) writes it, UpdateNotice reads it.
 */

type Listener = () => void;

export interface UpdateState {
  /** A new service worker is installed and waits for the reader's consent. */
  isWaiting: boolean;
  /** The reader chose "Later" for this page. */
  isDismissed: boolean;
}

let state: UpdateState = { isWaiting: false, isDismissed: false };
let applyUpdate: () => void = () => {};
const listeners = new Set<Listener>();

function set(next: Partial<UpdateState>) {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener());
}

export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getUpdateState(): UpdateState {
  return state;
}

/** Called by the registration when a new version waits; `apply` activates it and reloads. */
export function announceUpdate(apply: () => void): void {
  applyUpdate = apply;
  set({ isWaiting: true, isDismissed: false });
}

export function dismissUpdate(): void {
  set({ isDismissed: true });
}

export function acceptUpdate(): void {
  applyUpdate();
}

/** Back to the initial state (tests). */
export function resetUpdateState(): void {
  applyUpdate = () => {};
  set({ isWaiting: false, isDismissed: false });
}
