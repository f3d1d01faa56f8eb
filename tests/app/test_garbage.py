"""The collector settings a started server runs with (`app.garbage`), checked in a process of their own: freezing
the heap of the test process would keep the suite's objects alive for the rest of the run."""

from __future__ import annotations

import json
import subprocess
import sys

from app.garbage import OLDER_THRESHOLDS, YOUNG_THRESHOLD

PROBE = """
import gc, json
from app.garbage import tune_garbage_collection
before = gc.get_freeze_count()
tune_garbage_collection()
print(json.dumps({"before": before, "frozen": gc.get_freeze_count(), "threshold": gc.get_threshold()}))
"""


def test_tuning_freezes_the_start_up_heap_and_collects_the_young_generation_less_often() -> None:
    # Given a fresh process with the app's modules imported, when the collector is tuned
    output = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout
    result = json.loads(output)
    # Then what was alive is frozen (no longer traversed by collections) and the young threshold is raised
    assert result["before"] == 0 and result["frozen"] > 1_000
    assert result["threshold"] == [YOUNG_THRESHOLD, *OLDER_THRESHOLDS]


def test_the_test_suite_runs_with_the_collector_untouched() -> None:
    # Given the suite's environment (tests/conftest.py), the apps it starts leave the collector as CPython sets it
    from app.settings import Settings

    assert Settings().tune_gc is False
