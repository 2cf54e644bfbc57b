/** `1 test failure`, `2 test failures`; irregular plurals are given. */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`
}
