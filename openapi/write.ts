/**
 * `npm run openapi`: writes the committed openapi/openapi.json. This entry script is the one file in
 * openapi/ that imports the app, because it is where the app hands its routes to the generator.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildApiDocument } from '../app/api/document.js';
import { serializeDocument } from './document.js';

const OPENAPI_FILE = fileURLToPath(new URL('./openapi.json', import.meta.url));

await writeFile(OPENAPI_FILE, serializeDocument(buildApiDocument()));
console.log(`wrote ${OPENAPI_FILE}`);
