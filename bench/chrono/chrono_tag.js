// Tags every {"id","dct","text"} line of a JSONL file with chrono-node; prints one JSON summary.
const fs = require('fs');
const readline = require('readline');
const chrono = require('chrono-node');

async function main() {
  const input = process.argv[2];
  const rl = readline.createInterface({ input: fs.createReadStream(input), crlfDelay: Infinity });
  let docs = 0, bytes = 0, found = 0, peak = 0;
  const start = process.hrtime.bigint();
  for await (const line of rl) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    const ref = doc.dct ? new Date(doc.dct + 'T12:00:00Z') : new Date(0);
    found += chrono.parse(doc.text, ref).length;
    bytes += Buffer.byteLength(doc.text, 'utf8');
    docs += 1;
    if (docs % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(JSON.stringify({ docs, bytes, found, seconds, peak_rss: peak }));
}
main();
