import type { NextConfig } from 'next';

const config: NextConfig = {
  // The whole site is static files: any static host or CDN can serve it.
  output: 'export',
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // Each language has its own root layout (app/(site), app/(zh), …), so the 404 page is global.
  experimental: { globalNotFound: true },
};

export default config;
