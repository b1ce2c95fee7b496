#!/usr/bin/env node
// Peer protocol of `storytrace bench extraction` (see ProcessPeer.java): reads JSON lines {id, html} on stdin,
// runs every page --warmup times untimed and --rounds times timed, then prints one JSON line {id, text, ms}
// per page (plus failed: true where extraction threw), ms holding the page's time in each timed round. Timing is per page inside this process, so Node's
// start-up and module loading are not counted against Readability; the harness reports the whole-run wall
// time separately.
// jsdom is pinned at 26.1.0: 27.4.0 (cssstyle 5.3.7) threw on the stylesheets of 4 of the 181 scrapinghub pages,
// which would have scored Readability lower than it deserves; 26.1.0 parses all 181.
'use strict';
const { Readability } = require('@mozilla/readability');
const { JSDOM, VirtualConsole } = require('jsdom');
const { readFileSync } = require('node:fs');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

// The scrapinghub benchmark's own readability.js runner does exactly this: a JSDOM with a URL, then parse().
// A page that throws (jsdom's CSS parser does on some real stylesheets) yields null: that page failed, the run
// goes on, and the harness scores it as empty text and counts it.
function extract(html) {
  try {
    return parse(html);
  } catch (e) {
    return null;
  }
}

// A silent console: jsdom otherwise prints every stylesheet it cannot parse, whole, to stderr, and that writing
// is no part of extracting an article.
function parse(html) {
  const dom = new JSDOM(html, { url: 'https://example.invalid/', virtualConsole: new VirtualConsole() });
  const article = new Readability(dom.window.document).parse();
  // jsdom keeps a window per document; closing it frees timers and memory between pages.
  dom.window.close();
  return article ? article.textContent : '';
}

async function main() {
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
      // Untimed turn of the event loop: jsdom queues load events that keep each closed window reachable until the
      // loop runs, so a tight loop kept every page's DOM (3 MB a page, out of memory by the fifth round).
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  for (const page of pages) {
    const text = texts.get(page.id);
    const line = { id: page.id, text: text === null ? '' : text, failed: text === null, ms: times.get(page.id) };
    process.stdout.write(JSON.stringify(line) + '\n');
  }
}

main();
