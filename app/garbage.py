"""Python's cyclic garbage collector, set for a server whose requests allocate many short-lived objects.

Measured on the bench's pages (bench/RESULTS.md, "Where the time goes"): with CPython's defaults about half of
a large read's CPU went to the collector. Two reasons:

* every full collection traversed the whole heap, and most of it is the process's own start-up state (the
  GraphQL schema, SQLAlchemy's mappers, pydantic's validators: ~200,000 objects) that lives as long as the
  process and is never garbage;
* a request allocates tens of thousands of container objects (ORM states, futures, tasks, resolver infos),
  so the young generation's default threshold of 700 collects many times per request, and promotes the
  request's live objects into older generations that are then collected again.

:func:`tune_garbage_collection`, called once the app has started, moves everything alive then into the
permanent generation (``gc.freeze()``: never traversed again, as Instagram does with its servers) and raises
the young generation's threshold, so that a collection runs once per several thousand allocations rather than
every 700. Cyclic garbage is still collected, just in larger, rarer batches; memory grows by at most the
garbage of one young generation.
"""

from __future__ import annotations

import gc
from typing import Final

YOUNG_THRESHOLD: Final = 20_000
"""Net container allocations between two young collections (CPython's default: 700)."""
OLDER_THRESHOLDS: Final = (10, 10)
"""Young collections per middle one, middle ones per full one: CPython's defaults."""


def tune_garbage_collection() -> None:
    """Freeze what is alive now (start-up state) and collect the young generation less often.

    Call it once, after start-up and before serving; calling it again freezes what was allocated since."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *OLDER_THRESHOLDS)
