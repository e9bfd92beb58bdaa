/** The study file template a reader downloads: a fictional crossover, loaded only when asked for. */
export async function loadStudyTemplate(): Promise<Record<string, unknown>> {
  const module = await import('../../data/templates/fictional-2030.json');
  return module.default as Record<string, unknown>;
}
