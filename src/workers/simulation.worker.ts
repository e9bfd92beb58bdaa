/// <reference lib="webworker" />
/**
 * The design lab's Monte Carlo runs off the main thread. A new "run" message supersedes any run
 * in progress (it stops at its next chunk); "cancel" stops it outright. "runLab" runs the
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

let currentId = -1;

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const post = (message: unknown) => (self as unknown as Worker).postMessage(message);

self.onmessage = (
  event: MessageEvent<RunMessage | CancelMessage | LabRunMessage | LabCsvMessage>,
) => {
  const message = event.data;
  if (message.type === 'cancel') {
    currentId = -1;
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
  currentId = id;
  if (message.type === 'runLab') {
    void runLabJob(
      message.job,
      (progress) => {
        const out: LabProgressMessage = { type: 'labProgress', id, ...progress };
        post(out);
      },
      () => currentId === id,
      yieldToEvents,
    );
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
    () => currentId === id,
    yieldToEvents,
  );
};
