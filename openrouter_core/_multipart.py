"""Multipart/form-data bodies: which fields are files, and how each value goes on the wire.

A file field (``format: binary`` in the spec) takes any :data:`FileInput`: ``bytes``, a binary
file object, or a ``(filename, bytes or file object[, content_type])`` tuple. File objects are
handed to httpx as they are, which streams them in chunks instead of reading them into
memory, and rewinds them to the start when a retry sends the request again. A file object that
cannot seek (a pipe, a socket) cannot be sent twice: :func:`can_replay` tells the pipeline so,
and such an upload is not retried once its bytes may have been read.
"""

from __future__ import annotations

import json
from typing import Any, BinaryIO, TypeAlias

from openrouter_core._codec.readers import register_union
from openrouter_core._encoding import scalar_text

__all__ = ["FileInput", "can_replay", "split_multipart"]

#: What a file field accepts.
FileInput: TypeAlias = (
    bytes | BinaryIO | tuple[str, bytes | BinaryIO] | tuple[str, bytes | BinaryIO, str]
)


def _is_file_object(value: Any) -> bool:
    return callable(getattr(value, "read", None)) and not isinstance(value, (str, bytes))


def _is_file_tuple(value: Any) -> bool:
    # Unstructuring turns the tuple into a list; both forms are accepted.
    return (
        isinstance(value, (tuple, list))
        and len(value) in (2, 3)
        and isinstance(value[0], str)
        and (isinstance(value[1], (bytes, bytearray)) or _is_file_object(value[1]))
        and (len(value) == 2 or isinstance(value[2], str))
    )


def is_file(value: Any) -> bool:
    """Whether ``value`` is one of the :data:`FileInput` forms."""
    return isinstance(value, (bytes, bytearray)) or _is_file_object(value) or _is_file_tuple(value)


def _choose_file(value: Any) -> Any:
    """Keep a file input as it is (structuring must not read or copy it)."""
    if is_file(value):
        return Any
    raise TypeError(
        f"expected bytes, a binary file object or a (filename, file[, content_type]) tuple, "
        f"got {type(value).__name__}"
    )


register_union(FileInput, _choose_file)


def _form_text(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return scalar_text(value)


class _ReadOnce:
    """A file that cannot seek, shown to httpx with nothing but ``read``.

    httpx sizes a file with ``fstat`` when it has a descriptor, and a pipe's size there is 0,
    so the upload would declare a wrong Content-Length; without one it goes out chunked.
    """

    def __init__(self, file: Any) -> None:
        self._file = file

    def read(self, size: int = -1) -> Any:
        return self._file.read(size)

    def seekable(self) -> bool:
        return False


def _seekable(file: Any) -> bool:
    if isinstance(file, (bytes, bytearray)):
        return True
    try:
        return bool(file.seekable())
    except Exception:  # no seekable(), or it failed: assume the worst
        return False


def _one_shot_if_unseekable(value: Any) -> Any:
    if isinstance(value, tuple):
        if _seekable(value[1]):
            return value
        return (value[0], _ReadOnce(value[1]), *value[2:])
    return value if _seekable(value) else _ReadOnce(value)


def split_multipart(body: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split an unstructured body into httpx's ``data`` (form fields) and ``files``.

    Files keep their file objects (streamed by httpx); scalars become text (booleans as
    ``true``/``false``), lists of scalars become repeated fields, and objects are sent as
    JSON text. ``None`` values are left out.
    """
    data: dict[str, Any] = {}
    files: dict[str, Any] = {}
    for name, value in body.items():
        if value is None:
            continue
        if is_file(value):
            files[name] = _one_shot_if_unseekable(
                tuple(value) if isinstance(value, list) else value
            )
        elif isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
            data[name] = [_form_text(item) for item in value if item is not None]
        else:
            data[name] = _form_text(value)
    return data, files


def can_replay(files: dict[str, Any]) -> bool:
    """Whether every file in ``files`` can be sent again with the same bytes."""
    return all(
        _seekable(value[1] if isinstance(value, tuple) else value) for value in files.values()
    )
