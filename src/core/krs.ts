import { CORE } from './messages/core.messages.js';
import type { Message } from './messages/reasons.js';

/** KRS, the National Court Register number: 10 digits, no checksum; leading zeros are significant. */
export function krsProblem(input: string): Message | null {
  return /^\d{10}$/.test(input) ? null : CORE.KRS_LENGTH();
}
