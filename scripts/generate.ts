// `npm run generate`: rewrites every generated shipped file (scripts/generatedFiles.ts) whose content differs
// from its generator's output, and says which ones changed.
import * as fs from 'fs';
import { generatedFiles, relative } from './generatedFiles';

async function main(): Promise<void> {
  for (const { file, generator, text } of generatedFiles()) {
    const wanted = await text();
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === wanted) {
      console.log(`up to date  ${relative(file)}`);
    } else {
      fs.writeFileSync(file, wanted);
      console.log(`wrote       ${relative(file)}  (from ${generator})`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
