/** KRS, the National Court Register number: 10 digits, no checksum; leading zeros are significant. */
export function krsProblem(input: string): string | null {
  return /^\d{10}$/.test(input) ? null : 'A KRS number has exactly 10 digits';
}
