"""The worker as a child process of `aanwas serve`: started with the server, watched and started
again should it die, stopped with the server. A process and not a thread, so its work (hashing
records, deriving assessments) does not hold the interpreter lock the request threads wait for.
One per `aanwas serve`, however many API processes (uvicorn workers) that serves."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from typing import Any

logger = logging.getLogger(__name__)


def _main(parent: int) -> None:
    from api.settings import get_settings
    from api.worker.context import WorkerContext
    from api.worker.rounds import Worker, parent_gone

    # The server's Ctrl-C reaches the whole process group; the server stops the worker itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    gone = parent_gone(parent)
    Worker(WorkerContext.build(get_settings())).run(lambda: stopping.is_set() or gone())


class WorkerProcess:
    RESTART_AFTER_SECONDS = 5.0

    def __init__(self) -> None:
        self._process: Any = None
        self._stopped = threading.Event()
        self._watcher: threading.Thread | None = None

    def start(self) -> None:
        self._spawn()
        self._watcher = threading.Thread(target=self._watch, name="worker-watch", daemon=True)
        self._watcher.start()

    def _spawn(self) -> None:
        context = multiprocessing.get_context("spawn")  # forking a threaded server is unsafe
        process = context.Process(target=_main, args=(os.getpid(),), name="aanwas-worker")
        process.start()
        self._process = process

    def _watch(self) -> None:
        while not self._stopped.wait(self.RESTART_AFTER_SECONDS):
            if self._process is not None and not self._process.is_alive():
                logger.warning(
                    "the worker stopped (exit %s); starting it again", self._process.exitcode
                )
                try:
                    self._spawn()
                except Exception as exc:
                    logger.error("the worker did not start: %s", type(exc).__name__)

    def stop(self, timeout: float = 30) -> None:
        self._stopped.set()
        if self._watcher is not None:
            self._watcher.join()
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()  # SIGTERM: it finishes its round and stops
        process.join(timeout)
        if process.is_alive():
            process.kill()
            process.join(5)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None
