"""A Spark session for one job: driver bound to the loopback address unless a master says otherwise."""

from __future__ import annotations

import os
from typing import Any

# A short run's JVM (tests): the quick compiler only, one garbage-collector thread. The components test on a
# 2-core machine at load 7-8 spent 40 CPU s in the JVM by default, 18 s so (tier-2 compiling and parallel GC
# threads are paid up front and pay back only in a long job).
SHORT_RUN_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


def spark_session(
    master: str = "local[2]", ui: bool = False, event_log: str | None = None, short: bool = False
) -> Any:
    """A ``SparkSession`` on ``master``. Local masters bind to 127.0.0.1 (nothing listens outside the
    machine); ``ui`` starts the web UI; ``event_log`` is a folder for Spark's event log (shuffle bytes);
    ``short``: the driver's JVM is tuned for a short run (``SHORT_RUN_JAVA_OPTIONS``; only when this call starts
    it)."""
    os.environ.setdefault("PYSPARK_PYTHON", _python())
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    builder = (
        SparkSession.builder.master(master)
        .appName("unspun")
        .config("spark.ui.enabled", str(ui).lower())
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(_cores(master)))
        .config("spark.default.parallelism", str(_cores(master)))
        .config("spark.python.worker.reuse", "true")  # models load once per executor process
        .config("spark.driver.memory", os.environ.get("UNSPUN_SPARK_DRIVER_MEMORY", "2g"))
    )
    if short:
        builder = builder.config("spark.driver.extraJavaOptions", SHORT_RUN_JAVA_OPTIONS)
    if master.startswith("local"):
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    if event_log:
        builder = (
            builder.config("spark.eventLog.enabled", "true")
            .config("spark.eventLog.dir", event_log)
            .config("spark.eventLog.compress", "false")  # plain JSON lines, for whoever reads the metrics
        )
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def _cores(master: str) -> int:
    """Cores of a ``local[N]`` master (``local[*]``: this machine's); 8 for a cluster's default partitions."""
    if not master.startswith("local"):
        return 8
    inside = master[master.find("[") + 1 : master.find("]")] if "[" in master else "1"
    if inside.split(",")[0] == "*":
        return os.cpu_count() or 1
    return max(1, int(inside.split(",")[0]))


def _python() -> str:
    import sys

    return sys.executable
