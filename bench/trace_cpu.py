"""CPU per library trace, and the answers, of one tree's code: to compare two trees on one store and one load.

Traces spun copies of BBC articles (``bench.corpus``'s spinner at ``SPIN_RATE``, seed 900 + k, as ``bench.web``
sends them) against a store with ``trace_article`` one at a time, after one warm-up trace, and prints the
process time per trace; writes every answer's ``trace_dict`` to ``--out``. ``--served`` sets the process up as
a trace process of ``unspun serve`` is (lexicons read whole, what was loaded frozen for the collector). Run one
process per tree at the same time (the machine is shared: only ratios mean anything), then compare the two
files byte for byte:

    PYTHONPATH=<tree>/src:. python -m bench.trace_cpu --db /tmp/web3/web100k.db --queries 300 --out tree.json

(bench/RESULTS.md, "Web: unspun serve", 2026-12-03 late morning.)
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import time
from pathlib import Path

import numpy as np

from bench.common import DEFAULT_SHARED
from bench.corpus import SPIN_RATE, _spinner, bbc_texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a store (e.g. the web bench's 100k store)")
    parser.add_argument("--queries", type=int, default=120)
    parser.add_argument("--first", type=int, default=0, help="the first BBC article spun")
    parser.add_argument("--out", type=Path, required=True, help="where the answers go (JSON)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--served", action="store_true",
                        help="set up as a trace process of `unspun serve` is: models and lexicons loaded whole, "
                             "what was loaded frozen for the collector, its thresholds")
    args = parser.parse_args()
    from unspun.ingest.extract import extract_record
    from unspun.model import RawRecord
    from unspun.run.indexer import trace_article, trace_dict
    from unspun.run.pool import corpus_engine
    from unspun.store.candidate_index import load_index
    from unspun.store.sqlite import Store

    texts, spinner = bbc_texts(args.shared), _spinner(args.shared)
    queries = [extract_record(RawRecord(f"q{k}", spinner.spin(texts[k], SPIN_RATE, 900 + k).text))
               for k in range(args.first, args.first + args.queries)]
    engine = corpus_engine()
    answers, times = [], []
    with Store(args.db, create=False) as store:
        index = load_index(store)
        trace_article(store, extract_record(RawRecord("warm", spinner.spin(texts[-1], SPIN_RATE, 5).text)), index,
                      engine)
        if args.served:  # as ``run.trace_pool._start_tracer`` does
            engine.warm()
            gc.freeze()
            gc.set_threshold(*engine.settings.index.gc_thresholds)
        for query in queries:
            started = time.process_time()
            answers.append(trace_dict(trace_article(store, query, index, engine)))
            times.append(1000 * (time.process_time() - started))
    args.out.write_text(json.dumps(answers, indent=1), encoding="utf-8")
    print(f"{'as served: ' if args.served else ''}CPU ms per trace: p50 {np.percentile(times, 50):.1f}, "
          f"mean {np.mean(times):.1f}, "
          f"p90 {np.percentile(times, 90):.1f}; {sum(len(a['matches']) for a in answers)} matches; "
          f"load {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
