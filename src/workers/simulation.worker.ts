/// <reference lib="webworker" />
/**
 * The design lab's Monte Carlo runs off the main thread. Runs may be in progress side by side (the
 * lecture handout draws three lab figures at their own settings at once); their chunks interleave.
 * "cancel" with an id stops that run at its next chunk, without one every run; the page cancels a
 * run as soon as nothing shows it (a slider moved on, the figure left). "runLab" runs the
 * researcher's lab (labSimulation.ts) with progress (trials done / total); "labCsv" returns the
 * CSV of a run's trials.
 */
import {
  labRunCsv,
  runJob,
  runLabJob,
  type CancelMessage,
  type LabCsvMessage,
  type LabCsvResultMessage,
  type LabProgressMessage,
  type LabRunMessage,
  type ProgressMessage,
  type RunMessage,
} from './simulationProtocol';

/** The runs in progress. */
const active = new Set<number>();

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const post = (message: unknown) => (self as unknown as Worker).postMessage(message);

self.onmessage = (
  event: MessageEvent<RunMessage | CancelMessage | LabRunMessage | LabCsvMessage>,
) => {
  const message = event.data;
  if (message.type === 'cancel') {
    if (message.id === undefined) active.clear();
    else active.delete(message.id);
    return;
  }
  const id = message.id;
  if (message.type === 'labCsv') {
    const result: LabCsvResultMessage = {
      type: 'labCsvResult',
      id,
      text: labRunCsv(message.job, message.run),
    };
    post(result);
    return;
  }
  active.add(id);
  const isCurrent = () => active.has(id);
  const finish = () => active.delete(id);
  if (message.type === 'runLab') {
    void runLabJob(
      message.job,
      (progress) => {
        const out: LabProgressMessage = { type: 'labProgress', id, ...progress };
        post(out);
      },
      isCurrent,
      yieldToEvents,
    ).finally(finish);
    return;
  }
  void runJob(
    message.job,
    (main, nullTotals, done, trialsDone, total) => {
      const progress: ProgressMessage = {
        type: 'progress',
        id,
        main,
        null: nullTotals,
        done,
        trialsDone,
        total,
      };
      post(progress);
    },
    isCurrent,
    yieldToEvents,
  ).finally(finish);
};
