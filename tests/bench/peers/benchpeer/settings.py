"""A TOM-like Django settings module whose ALERT_STREAMS reads one topic of the bench broker.

The benchmark (tests/bench/run) sets:
  BENCH_BOOTSTRAP  host:port of the broker's PLAINTEXT listener
  BENCH_TOPIC      the topic to read from its beginning
  BENCH_COUNT      how many messages to count before the process ends
  BENCH_GROUP_ID   a consumer group id not used before on that broker
"""
import os

SECRET_KEY = "alertdeck-bench-peer-not-secret"
DEBUG = False
INSTALLED_APPS = ["tom_alertstreams"]
DATABASES = {}
USE_TZ = True
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["stderr"], "level": "WARNING"},
}

ALERT_STREAMS = [
    {
        "ACTIVE": True,
        "NAME": "benchpeer.streams.PlaintextHopskotchAlertStream",
        "OPTIONS": {
            "URL": f"kafka://{os.environ.get('BENCH_BOOTSTRAP', '127.0.0.1:9092')}/",
            "GROUP_ID": os.environ.get("BENCH_GROUP_ID", "alertdeck-bench-peer"),
            # Required by HopskotchAlertStream; the plaintext bench broker ignores them.
            "USERNAME": "bench",
            "PASSWORD": "unused",
            "START_POSITION": "EARLIEST",
            "TOPIC_HANDLERS": {
                os.environ.get("BENCH_TOPIC", "bench.gcn"): "benchpeer.handlers.count_until_done",
            },
        },
    },
]
