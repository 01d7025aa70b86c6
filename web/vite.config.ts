import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web app is built into web/dist and served by the hub at `/` (src/core/http/web-app.ts).
// `npm run web:dev` serves it with hot reload and sends API calls to a hub on port 4000.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 700 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000', '/import': 'http://127.0.0.1:4000' } },
});
