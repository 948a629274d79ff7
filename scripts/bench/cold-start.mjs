// Run in a FRESH process by the benchmark: how long until the engine has analysed its first text.
// usage: node cold-start.mjs <engine.mjs> <article.txt>   → one JSON line on stdout
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const [enginePath, textPath] = process.argv.slice(2);
const source = fs.readFileSync(textPath, 'utf8');

const started = performance.now();
const engine = await import(pathToFileURL(enginePath).href);
const imported = performance.now();
engine.analyze(engine.fromPlainText(source), engine.rules);
const analysed = performance.now();

const memory = process.memoryUsage();
console.log(
  JSON.stringify({
    import_ms: imported - started,
    first_analysis_ms: analysed - imported,
    total_ms: analysed - started,
    max_rss_mb: process.resourceUsage().maxRSS / 1024,
    heap_used_mb: memory.heapUsed / 2 ** 20,
  }),
);
