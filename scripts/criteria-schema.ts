// npm run criteria:schema   writes data/criteria/criteria-set.schema.json from the import's own
// schema (shared/domain/criteria/criteria-file.ts); a test fails while the two differ.
import fs from 'node:fs';
import path from 'node:path';
import { criteriaJsonSchema } from '../plugins/recognition/shared/domain/criteria';

const file = path.join(__dirname, '..', 'data', 'criteria', 'criteria-set.schema.json');
fs.writeFileSync(file, `${JSON.stringify(criteriaJsonSchema(), null, 2)}\n`);
console.log(`✓ ${path.relative(process.cwd(), file)}`);
