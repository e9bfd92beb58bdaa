// The parts of jStat (https://github.com/jstat/jstat) this app uses. jStat ships no types.
declare module 'jstat' {
  interface ContinuousDistribution {
    cdf(x: number, ...params: number[]): number;
    inv(p: number, ...params: number[]): number;
    pdf(x: number, ...params: number[]): number;
  }
  interface JStat {
    beta: ContinuousDistribution;
    studentt: ContinuousDistribution;
    normal: ContinuousDistribution;
    chisquare: ContinuousDistribution;
    /** ln Γ(x). */
    gammaln(x: number): number;
    noncentralt: {
      cdf(x: number, dof: number, ncp: number): number;
      pdf(x: number, dof: number, ncp: number): number;
    };
  }
  const jstat: { jStat: JStat };
  export default jstat;
}
