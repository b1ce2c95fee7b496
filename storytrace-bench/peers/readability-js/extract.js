#!/usr/bin/env node
// Peer protocol of `storytrace bench extraction` (see PeerProcess.java): reads JSON lines {id, html} on stdin,
// runs every page --warmup times untimed and --rounds times timed, then prints one JSON line {id, text, ms}
// per page, ms holding the page's time in each timed round. Timing is per page inside this process, so Node's
// start-up and module loading are not counted against Readability; the harness reports the whole-run wall
// time separately.
'use strict';
const { Readability } = require('@mozilla/readability');
const { JSDOM } = require('jsdom');
const { readFileSync } = require('node:fs');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

// The scrapinghub benchmark's own readability.js runner does exactly this: a JSDOM with a URL, then parse().
function extract(html) {
  const dom = new JSDOM(html, { url: 'https://example.invalid/' });
  const article = new Readability(dom.window.document).parse();
  // jsdom keeps a window per document; closing it frees timers and memory between pages.
  dom.window.close();
  return article ? article.textContent : '';
}

const warmup = option('--warmup', 1);
const rounds = option('--rounds', 3);
const pages = readFileSync(0, 'utf-8').split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line));
const texts = new Map();
const times = new Map(pages.map((page) => [page.id, []]));
for (let round = 0; round < warmup + rounds; round++) {
  for (const page of pages) {
    const start = process.hrtime.bigint();
    const text = extract(page.html);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (round >= warmup) {
      times.get(page.id).push(ms);
    }
    texts.set(page.id, text);
  }
}
for (const page of pages) {
  process.stdout.write(JSON.stringify({ id: page.id, text: texts.get(page.id), ms: times.get(page.id) }) + '\n');
}
