import type { NextConfig } from 'next';

const config: NextConfig = {
  // The whole site is static files: any static host or CDN can serve it.
  output: 'export',
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default config;
