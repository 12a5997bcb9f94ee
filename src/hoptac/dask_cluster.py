"""The LocalCluster of `hoptac ingest --engine dask`, started in a thread while this process prepares.

Before the first document was extracted, a run did one after the other: create
the database, build this process's pipeline (so that a malformed data file is
one line, not an error in every task), count and partition the input, start
the cluster (0.7-1.4 s for two workers on the 2-core machine of the Dân trí
benchmark), and then each worker's first task built its pipeline (0.5-1.3 s).
Here the cluster starts, and its workers build their pipelines, in a thread
while this process does its own part; the run then takes the started client.

The workers run without Dask's statistical profiler (it samples every task's
stack a hundred times a second: its thread took 0.23-0.31 s of CPU beside a
5.3 s task over 600 Dân trí articles, 0.12-0.18 s without; nobody looks at a
dashboard here) and without Dask's malloc trim setting (see NANNY_CONFIG).
"""

from __future__ import annotations

import importlib.util
import threading
from typing import Any

from hoptac.limits import Limits

# Handed to each worker process by its nanny, set there on top of this process's Dask configuration
# (dotted: the nanny merges only the top level, a nested "distributed" would replace all of it).
WORKER_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False}
# Dask spawns its workers with MALLOC_TRIM_THRESHOLD_=65536 (memory handed back to the system early,
# for its memory accounting of big arrays); that fixes glibc's thresholds, and the pipeline, which
# allocates many small and middling objects, ran 6-10% slower for it (600 Dân trí articles in one
# worker, three alternations: 5.29, 5.02, 5.00 s of CPU against 4.71, 4.54, 4.77 s without).
# None unsets it (a value in this process's environment is still passed on).
NANNY_CONFIG: dict[str, Any] = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}


def warm(extract: bool, limits: Limits) -> None:
    """Build this worker's pipeline and import what a task imports, before the first task comes.
    A malformed data file is left for the tasks to report."""
    from hoptac import dask_runner, runners  # noqa: F401 - imported for the tasks

    try:
        dask_runner._pipeline(extract, limits)
    except Exception:  # noqa: BLE001 - each task raises it again, and it is reported per partition
        pass


class ClusterStart:
    """A LocalCluster of `workers` processes of one thread each, with a client, being started in a
    thread; `client()` waits for it. `close()` stops it (also when it was never used)."""

    def __init__(self, workers: int, extract: bool = True, limits: Limits | None = None) -> None:
        if importlib.util.find_spec("distributed") is None:
            raise RuntimeError("the Dask engine needs its extra: pip install 'hoptac[dask]'")
        self.cluster: Any = None
        self._client: Any = None
        self._error: BaseException | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._start, args=(workers, extract, limits or Limits.from_env()),
                                        name="hoptac-dask-start", daemon=True)
        self._thread.start()

    def _start(self, workers: int, extract: bool, limits: Limits) -> None:
        try:
            from dask.distributed import Client, LocalCluster

            import dask

            with dask.config.set(NANNY_CONFIG):  # read by each nanny as it is made, before the cluster is up
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None, config=WORKER_CONFIG)
            self._client = Client(self.cluster)
        except BaseException as exc:  # noqa: BLE001 - raised again where the client is asked for
            self._error = exc
            return
        try:
            self._client.run(warm, extract, limits)
        except Exception:  # noqa: BLE001 - only a head start: the tasks do it all again if need be
            pass

    def client(self) -> Any:
        """The started cluster's client; what stopped it from starting is raised here."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._client

    def close(self) -> None:
        """Stop the client and the cluster (waiting for them to have started). Closing twice is nothing."""
        if self._closed:
            return
        self._closed = True
        self._thread.join()
        try:
            if self._client is not None:
                self._client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()
