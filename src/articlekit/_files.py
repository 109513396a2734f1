"""Reading files named by users and by JSONL records: regular files only, bounded in size.

A path is data to read, never something to run or to follow into a surprise: devices
(``/dev/zero``, a terminal), FIFOs and sockets are refused *before* they are opened for
reading (a FIFO would block, a device would never end); symbolic links are followed to a
regular file but a loop or a dangling link is reported as such; the read stops one byte past
the limit whatever ``stat`` said (``/proc`` files report size 0, files grow while read).
Every failure is an :class:`~articlekit.InputError` that names the path and the reason.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from articlekit.errors import InputError

_CHUNK = 1 << 20
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO that appeared after stat() never blocks
    | getattr(os, "O_NOCTTY", 0)  # a terminal never becomes our controlling terminal
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def file_kind(mode: int) -> str:
    """What kind of file ``mode`` (from ``stat``) describes, in words."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISREG(mode):
        return "a regular file"
    return "not a regular file"


def _os_error(path: Path, exc: OSError) -> InputError:
    code = exc.errno
    if code == errno.ENOENT:
        if os.path.lexists(path):
            return InputError(f"{path}: no such file (dangling symbolic link)")
        return InputError(f"{path}: no such file")
    if code == errno.ELOOP:
        return InputError(f"{path}: cannot read (too many levels of symbolic links: a link loop)")
    if code in (errno.EACCES, errno.EPERM):
        return InputError(f"{path}: cannot read (permission denied)")
    if code == errno.ENOTDIR:
        return InputError(f"{path}: no such file (a parent is not a directory)")
    return InputError(f"{path}: cannot read ({exc.strerror or exc})")


def _too_big(path: Path, size: str, limit_chars: int) -> InputError:
    return InputError(
        f"{path}: {size} bytes, over the limit of {limit_chars:,} characters "
        "(ParseOptions.max_chars)"
    )


def check_regular_file(path: str | os.PathLike[str]) -> os.stat_result:
    """``stat`` of ``path`` (links followed) if it is a regular file, else InputError."""
    p = Path(path)
    try:
        st = os.stat(p)
    except OSError as exc:
        raise _os_error(p, exc) from None
    except ValueError as exc:  # embedded NUL in the path
        raise InputError(f"{p!r}: not a valid path ({exc})") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{p}: not a regular file ({file_kind(st.st_mode)}); nothing was read")
    return st


def open_regular_file(path: str | os.PathLike[str]) -> BinaryIO:
    """``path`` opened for binary reading, if it is a regular file (links followed); never
    opens a device, FIFO or socket for reading, and never blocks on one.

    Raises:
        InputError: as :func:`read_bytes_bounded`, except for the size.
    """
    p = Path(path)
    check_regular_file(p)
    try:
        fd = os.open(p, _OPEN_FLAGS)
    except OSError as exc:
        raise _os_error(p, exc) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # swapped for something else after the check
            raise InputError(f"{p}: not a regular file ({file_kind(st.st_mode)}); nothing was read")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes_bounded(path: str | os.PathLike[str], max_chars: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``4 * max_chars`` of them.

    Raises:
        InputError: no such file, a dangling link or a link loop, permission denied, not a
            regular file (directory, device, FIFO, socket), or over the limit (by ``stat``
            or while reading).
    """
    p = Path(path)
    max_bytes = max_chars * 4
    size = check_regular_file(p).st_size
    if size > max_bytes:
        raise _too_big(p, f"{size:,}", max_chars)
    with open_regular_file(p) as handle:
        chunks: list[bytes] = []
        total = 0
        try:
            while True:
                chunk = handle.read(min(_CHUNK, max_bytes + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                if total > max_bytes:
                    raise _too_big(p, f"more than {max_bytes:,}", max_chars)
        except OSError as exc:
            raise _os_error(p, exc) from None
    return b"".join(chunks)
