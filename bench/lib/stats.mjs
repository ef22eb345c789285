// Statistics of the bench's per-round ratios: their median, and how far this run's rounds let anyone
// trust it against a goal.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** P(X < k) for X ~ Binomial(n, ½): the chance that fewer than k of n rounds fall below the true median. */
function binomialBelow(n, k) {
  let term = 1; // C(n, 0)
  let sum = 0;
  for (let i = 0; i < k; i++) {
    sum += term;
    term = (term * (n - i)) / (i + 1);
  }
  return sum / 2 ** n;
}

/**
 * A distribution-free confidence interval for the median of `values`: the true median lies between
 * the k-th smallest and the k-th largest value with probability 1 − 2·P(X < k), X ~ Binomial(n, ½),
 * whatever the distribution of the rounds (a busy machine's rounds are far from normal). The
 * narrowest such interval whose confidence reaches `target`; with too few values for that, the whole
 * range and the confidence it has (3 rounds: 75 %, 5 rounds: 94 %).
 */
export function medianInterval(values, target = 0.9) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  let k = 1;
  while (k + 1 <= n / 2 && 1 - 2 * binomialBelow(n, k + 1) >= target) k++;
  return { low: sorted[k - 1], high: sorted[n - k], confidence: 1 - 2 * binomialBelow(n, k) };
}

/**
 * A goal of the form "ratio ≤ goal", judged on the interval: met when all of it is within the goal,
 * not met when none of it is, undecided when the goal lies inside it (more rounds or a quieter
 * machine decide; a median on either side of the goal would be a coin toss).
 */
export function goalVerdict(interval, goal) {
  if (interval.high <= goal) return 'met';
  return interval.low > goal ? 'not met' : 'undecided';
}
