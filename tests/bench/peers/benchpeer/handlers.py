"""Topic handler of the benchmark peer: counts alerts and ends the process after BENCH_COUNT.

readstreams never returns by itself, so the handler prints one result line and leaves with
os._exit (the consumer thread cannot be stopped from inside the handler):
  PEER count=N first_to_last_s=S wall_s=W
first_to_last_s runs from the first alert handled to the last one, so it leaves out Django's
start-up and the consumer-group join; wall_s runs from this module's import.
"""
import os
import sys
import time

_imported = time.perf_counter()
_target = int(os.environ.get("BENCH_COUNT", "1000"))
_count = 0
_first = None


def count_until_done(alert, metadata):
    global _count, _first
    now = time.perf_counter()
    if _first is None:
        _first = now
    _count += 1
    if _count >= _target:
        sys.stdout.write(f"PEER count={_count} first_to_last_s={now - _first:.3f} "
                         f"wall_s={now - _imported:.3f}\n")
        sys.stdout.flush()
        os._exit(0)
