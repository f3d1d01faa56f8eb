import type { CodegenConfig } from '@graphql-codegen/cli';

// Operation types come from the API's SDL at the repository root (`uv run dop export-schema`).
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', Decimal: 'string', JSON: 'unknown', Upload: 'Blob' },
      },
    },
    // The schema for graphcache (lib/cache.ts): which types have ids, which fields are lists, what may be null.
    './src/gql/introspection.ts': {
      plugins: ['urql-introspection'],
      config: { module: 'es2015', useTypeImports: true },
    },
  },
};
export default config;
