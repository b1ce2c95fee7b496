#!/usr/bin/python3
"""readability-lxml as a peer of `storytrace bench extraction` (see ProcessPeer.java).

Reads JSON lines {id, html} on stdin, runs every page --warmup times untimed and --rounds times timed, then prints
one JSON line {id, text, failed, ms} per page, failed true where extraction raised (the page scores as empty
text and the run goes on), ms holding the page's time in each timed round. Timing is per page inside
this process, so interpreter start-up and imports are not counted; the harness reports the whole-run wall time.
Runs on Debian's python3 (package python3-readability), not whatever python3 comes first on PATH.
"""
import argparse
import json
import sys
import time

import lxml.html
from readability import Document

# Block elements whose text would otherwise run into the next block's ("end.Next" becomes one token "endNext"
# under the benchmark's \w+ tokenizer); the scrapinghub runner gets the same effect from html_text.
BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
          "tr", "td", "th", "section", "article", "figure", "figcaption", "header", "footer", "dd", "dt"}


def extract(html):
    try:
        return text_of(html)
    except Exception:  # noqa: BLE001 - any error on one page fails that page, not the run
        return None


def text_of(html):
    summary = Document(html).summary(html_partial=True)
    root = lxml.html.fromstring(summary)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return root.text_content()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pages = [json.loads(line) for line in sys.stdin if line.strip()]
    texts = {}
    times = {page["id"]: [] for page in pages}
    for round_index in range(args.warmup + args.rounds):
        for page in pages:
            start = time.perf_counter_ns()
            text = extract(page["html"])
            elapsed_ms = (time.perf_counter_ns() - start) / 1e6
            if round_index >= args.warmup:
                times[page["id"]].append(elapsed_ms)
            texts[page["id"]] = text
    for page in pages:
        text = texts[page["id"]]
        line = {"id": page["id"], "text": text or "", "failed": text is None, "ms": times[page["id"]]}
        sys.stdout.write(json.dumps(line) + "\n")


if __name__ == "__main__":
    main()
