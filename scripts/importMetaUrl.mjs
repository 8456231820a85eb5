// Gives CommonJS bundles the `import.meta.url` that ESM sources read.
export const __importMetaUrl = require('url').pathToFileURL(__filename).href;
