/// <reference lib="webworker" />
/**
 * The design lab's Monte Carlo runs off the main thread. A new "run" message supersedes any run
 * in progress (it stops at its next chunk); "cancel" stops it outright.
 */
import {
  runJob,
  type CancelMessage,
  type ProgressMessage,
  type RunMessage,
} from './simulationProtocol';

let currentId = -1;

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

self.onmessage = (event: MessageEvent<RunMessage | CancelMessage>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    currentId = -1;
    return;
  }
  const id = message.id;
  currentId = id;
  void runJob(
    message.job,
    (main, nullTotals, done) => {
      const progress: ProgressMessage = { type: 'progress', id, main, null: nullTotals, done };
      (self as unknown as Worker).postMessage(progress);
    },
    () => currentId === id,
    yieldToEvents,
  );
};
