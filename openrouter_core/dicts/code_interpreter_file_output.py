# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.code_interpreter_file_output` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "CodeInterpreterFileOutputDict",
]


class CodeInterpreterFileOutputDict(TypedDict, total=False):
    """The dict form of :class:`CodeInterpreterFileOutput`."""

    download_url: str | None
    error_code: str | None
    expires_at: str | None
    filename: str | None
    id: str | None
    media_type: str | None
    sha256: str | None
    size_bytes: int | None
    status: str | None
    type: Required[Literal["file"]]
