/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { articlesPlugin } from './src/build/articles-plugin.ts'

// ARTICLES_DIR builds the reader over another folder of raw article files.
const articlesDir = process.env.ARTICLES_DIR ?? 'src/content/articles'

export default defineConfig({
  plugins: [react(), tailwindcss(), articlesPlugin({ dir: articlesDir })],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
  },
})
