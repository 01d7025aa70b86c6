/** A NIP that passes its checksum (weights 6,5,7,2,3,4,5,6,7), from nine digits: the next number whose check is not 10. */
export function validNip(nine: string): string {
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  for (let bump = 0; ; bump++) {
    const digits = String(Number(nine) + bump).padStart(9, '0');
    const check = weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11;
    if (check !== 10) return `${digits}${check}`;
  }
}

/** A 9-digit REGON that passes its checksum (weights 8,9,2,3,4,5,6,7; 10 counts as 0), from eight digits. */
export function validRegon(eight: string): string {
  const weights = [8, 9, 2, 3, 4, 5, 6, 7];
  const check = (weights.reduce((sum, w, i) => sum + w * Number(eight[i]), 0) % 11) % 10;
  return `${eight}${check}`;
}
