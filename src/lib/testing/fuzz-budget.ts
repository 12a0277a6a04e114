/**
 * For the fuzz suites (*.fuzz.test.ts): fast-check settings every suite shares, and the
 * per-input time budget the Hardening issue asks for (no single input over 100 ms).
 */
/**
 * The same inputs on every run (CI's and yours). A failure is reported as found, not shrunk:
 * shrinking a slow input re-runs the slow code hundreds of times.
 */
export const RUN_SETTINGS = { seed: 20_251_129, endOnFailure: true }
/** Vitest's default of 5 s per test is too short for a suite on a busy machine; a suite takes 0.5-3 s. */
export const SUITE_TIMEOUT_MS = 30_000
export const BUDGET_MS = 100

/**
 * `check`, failing when a run takes BUDGET_MS or more. A run is timed with performance.now(),
 * and tried again, three tries in all, while it is over: on a machine busy with other work a
 * run can wait for a processor longer than it runs. So a try over the budget counts only when
 * the process also spent that long computing (its CPU time), which waiting does not add to.
 */
export function withinBudget<Args extends unknown[]>(check: (...args: Args) => void): (...args: Args) => void {
  return (...args) => {
    let took = ''
    for (let attempt = 0; attempt < 3; attempt++) {
      const cpuBefore = process.cpuUsage()
      const started = performance.now()
      check(...args)
      const wall = performance.now() - started
      const { user, system } = process.cpuUsage(cpuBefore)
      const cpu = (user + system) / 1000
      if (wall < BUDGET_MS || cpu < BUDGET_MS) return
      took = `${wall.toFixed(0)} ms (${cpu.toFixed(0)} ms of CPU time)`
    }
    throw new Error(`took ${took} three times, over the ${BUDGET_MS} ms budget`)
  }
}
