import { execFileSync } from 'node:child_process';

/** The browser tests use the built app, as the hub serves it: build it once before they run. */
export default function buildWebApp(): void {
  execFileSync('npm', ['run', '--silent', 'web:build'], { stdio: 'inherit' });
}
