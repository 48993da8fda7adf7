"""Progress of run_many and wait_batch: a tqdm bar, a log line every few seconds, or nothing."""

from __future__ import annotations

from typing import IO, Any

from openrouter_core import Clock


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m{secs:02d}s" if hours else f"{minutes}m{secs:02d}s"


class ProgressReport:
    """Counts finished requests and shows them: a tqdm bar, a log line now and then, or nothing."""

    def __init__(
        self,
        mode: str,
        total: int | None,
        clock: Clock,
        every: float,
        stream: IO[str],
        label: str = "run_many",
    ) -> None:
        self._label = label
        self.done = self.failed = self.skipped = 0
        self._total, self._clock, self._every, self._stream = total, clock, every, stream
        self._started = self._last_line = clock.monotonic()
        self._bar: Any = None
        self._log = False
        self._shown = (0, 0)  # (done, skipped) in the last log line
        if mode == "auto":
            isatty = getattr(stream, "isatty", None)
            mode = "bar" if callable(isatty) and isatty() else "off"
        if mode == "bar":
            try:
                from tqdm import tqdm
            except ImportError:  # the `progress` extra is not installed
                self._log = True
            else:
                self._bar = tqdm(total=total, unit="req", file=stream, dynamic_ncols=True)
        self._log = self._log or mode == "log"

    def skip(self) -> None:
        self.skipped += 1
        if self._bar is not None and self._total is not None:
            self._bar.total = self._total - self.skipped
            self._bar.refresh()

    def finish(self, ok: bool) -> None:
        self.done += 1
        self.failed += not ok
        if self._bar is not None:
            self._bar.set_postfix(failed=self.failed, refresh=False)
            self._bar.update(1)
        elif self._log and self._clock.monotonic() - self._last_line >= self._every:
            self._write_line()

    def _write_line(self) -> None:
        now = self._last_line = self._clock.monotonic()
        self._shown = (self.done, self.skipped)
        elapsed = now - self._started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        text = f"{self._label}: {self.done:,} done ({self.failed:,} failed)"
        if self.skipped:
            text += f", {self.skipped:,} skipped as done before"
        if self._total is not None:
            left = self._total - self.skipped - self.done
            text += f", {left:,} left"
            if rate > 0:
                text += f", ETA {_duration(left / rate)}"
        self._stream.write(f"{text}, {rate:,.1f}/s\n")
        self._stream.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._log and self._shown != (self.done, self.skipped):
            self._write_line()
