"""Stories on a Dask cluster (the optional `dask` extra): the same pure per-story
function as a local run, so the reports are identical. Workers need factcheck
installed and the input (story folders, JSON lines shards) and any --rules folder at
the same paths, as on a shared file system."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

from .ingest import InputError
from .many import StoryJob, StoryResult, check_story_anywhere
from .rules import Rules
from .stories import StorySource


def dask_stories(stories: list[StorySource], job: StoryJob, rules: Rules, rules_dir: Path | None,
                 scheduler: str, workers: int = 2) -> Iterator[StoryResult]:
    """Every story's result, in story order, from the cluster at `scheduler`
    ("local" starts a LocalCluster of `workers` processes on this machine)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--scheduler needs Dask: pip install 'factcheck[dask]'") from None
    cluster = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        client = Client(cluster if cluster is not None else scheduler,
                        timeout=os.environ.get("FACTCHECK_DASK_TIMEOUT", "20s"))
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        raise InputError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    try:
        directory = str(rules_dir.resolve()) if rules_dir else None
        futures = client.map(check_story_anywhere, [(s, job) for s in stories],
                             rules_dir=directory, version=rules.version, pure=False)
        for future in futures:
            yield future.result()
            future.release()  # results leave the cluster's memory as they are written
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
