/** The ids of the studies in data/studies/ (scripts/studyIndexPlugin.ts). */
declare module 'virtual:study-index' {
  const ids: readonly string[];
  export default ids;
}
