"""Writes that are all-or-nothing: a file, or a whole folder, appears complete or not at all."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import fcntl
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from newsledger.errors import NewsledgerError

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


def write_file(path: Path, data: bytes) -> None:
    """Write beside the target, then move into place."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux renameat2); False where the system cannot."""
    renameat2 = getattr(_libc, "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    error = ctypes.get_errno()
    if error in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: the file system cannot exchange
        return False
    raise OSError(error, os.strerror(error), str(second))


def staging_folder(target: Path) -> Path:
    return target.with_name(f".{target.name}.new")


def clear_leftovers(target: Path) -> None:
    """Remove what an interrupted replace_folder left beside `target`."""
    for leftover in (staging_folder(target), target.with_name(f".{target.name}.old")):
        if leftover.exists():
            shutil.rmtree(leftover)


def replace_folder(target: Path, staged: Path) -> None:
    """Put the complete folder `staged` in the place of `target` at once: at every moment
    `target` is either the old folder or the new one."""
    if not target.exists():
        os.rename(staged, target)
        return
    if _exchange(staged, target):
        shutil.rmtree(staged)
        return
    old = target.with_name(f".{target.name}.old")
    os.rename(target, old)
    os.rename(staged, target)
    shutil.rmtree(old)


@contextlib.contextmanager
def exclusive(lock_path: Path, what: str) -> Iterator[None]:
    """Hold the project's lock for the duration; a second holder is told plainly and turned away."""
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise NewsledgerError(lock_path, f"another newsledger command is writing this project ({holder})",
                                  hint=f"wait for it to finish, then run {what} again") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{what}, pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
