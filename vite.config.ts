import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
// Backend for `npm run dev:web` (override with SOKO_API_URL, e.g. when the server runs on another port).
const apiTarget = process.env.SOKO_API_URL ?? 'http://localhost:8080';
// The UI's own modules live in src/web/api/*.ts, i.e. under the same /api prefix in dev: serve those locally.
const apiProxy = {
  target: apiTarget,
  changeOrigin: true,
  bypass: (req: { url?: string | undefined }) => (/\.tsx?(\?|$)/.test(req.url ?? '') ? req.url : undefined),
};

const ANTD = /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/;
const ANTD_BASE = /node_modules[\\/](@ant-design|@rc-component|rc-[^\\/]+)[\\/]/;

// The web UI is built with Vite's built-in oxc transform (no React plugin needed).
export default defineConfig({
  root: webRoot,
  base: '/',
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react' },
  },
  build: {
    outDir,
    // echarts (583 kB, loaded only with a chart page) is the one chunk over Vite's 500 kB default.
    chunkSizeWarningLimit: 600,
    emptyOutDir: true,
    rolldownOptions: {
      onwarn(warning, defaultHandler) {
        // antd ships "use client" directives, which are irrelevant for a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Charts are needed by a few pages only: loaded with the first of them, as one chunk. Split in
            // pieces (maxSize) its modules ran out of order ("d is not a constructor" on every chart page).
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            // The antd parts the frame and the login page need come with the first load; the rest with the first page that needs it.
            // (the components in one chunk, the libraries beneath them in another: each under 500 kB).
            { name: 'antd-base', test: ANTD_BASE, tags: ['$initial'] },
            { name: 'antd', test: ANTD, tags: ['$initial'] },
            { name: 'antd-pages', test: ANTD },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': apiProxy,
    },
  },
  preview: {
    proxy: {
      '/api': apiProxy,
    },
  },
});
