"""How far the readers are through their inputs, in bytes on disk, for a progress bar.

The total is the sum of the sizes of the files the paths expand to, known before anything is read.
While a file is read, its share is the offset of its open stream on disk (for a `.gz` file or a zip
archive, compressed bytes); once the readers leave the file, its whole size counts. Standard input
has no size known in advance: with it among the paths the total is None (show a spinner instead).

    reading = ReadProgress.of(paths)
    for item in read(paths, config, progress=reading):
        ... reading.done, reading.total  # bytes consumed so far, bytes in all
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable


def input_files(paths: Iterable[str]) -> list[str]:
    """The files the readers will open for `paths`, walked as `sources.inputs` walks them."""
    files = []
    for path in map(os.fspath, paths):
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(os.path.join(root, n) for n in sorted(names) if not n.startswith("."))
        elif path != "-":
            files.append(path)
    return files


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:  # unreadable or missing: the readers reject it, and it weighs nothing here
        return 0


class ReadProgress:
    """Bytes consumed by the readers: the files before the current one in full, plus the offset
    reached in the current one. Files the readers reject whole are passed over with the next."""

    def __init__(self, files: list[tuple[str, int]] | None):
        self._files = files  # (path, size) in reading order; None: the total is unknown
        self._before = [0]  # _before[i]: bytes in the files before the i-th
        for _, size in files or ():
            self._before.append(self._before[-1] + size)
        self.total = self._before[-1] if files is not None else None
        self._next = 0  # index of the first file not yet entered
        self._finished = 0
        self._size = 0
        self._offset: Callable[[], int] | None = None
        self._furthest = 0  # offsets only move forward, even when a file is reopened

    @classmethod
    def of(cls, paths: Iterable[str]) -> ReadProgress:
        paths = [os.fspath(p) for p in paths]
        if "-" in paths:
            return cls(None)
        return cls([(f, _size(f)) for f in input_files(paths)])

    def enter(self, file: str | None, offset: Callable[[], int] | None) -> None:
        """The readers start an input that lives in `file` (another member of the same archive
        leaves the count as it is; standard input is not counted)."""
        if file is None or not self._files:
            return
        index = next((i for i in range(self._next, len(self._files)) if self._files[i][0] == file), None)
        if index is None:
            return
        self._finished, self._size = self._before[index], self._files[index][1]
        self._offset, self._furthest, self._next = offset, 0, index + 1

    def finish(self) -> None:
        """The readers are done with every input."""
        if self.total is not None:
            self._finished, self._size, self._offset, self._furthest = self.total, 0, None, 0

    @property
    def done(self) -> int:
        if self._offset is not None:
            self._furthest = max(self._furthest, min(self._size, self._offset()))
        return self._finished + self._furthest
