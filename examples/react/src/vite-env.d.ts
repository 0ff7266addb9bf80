/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where a production build finds the real settings API, e.g. `https://api.example.com/v1` (default `/api`). */
  readonly VITE_SETTINGS_API_URL?: string;
}
