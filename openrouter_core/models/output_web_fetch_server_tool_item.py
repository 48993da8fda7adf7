# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputWebFetchServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:web_fetch server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputWebFetchServerToolItem:
    """An openrouter:web_fetch server tool output item."""

    content: str | None = None
    error: str | None = None
    """The error message if the fetch failed."""
    http_status: int | None = attrs.field(default=None, metadata={"wire": "httpStatus"})
    """The HTTP status code returned by the upstream URL fetch."""
    id: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    title: str | None = None
    type: str = "openrouter:web_fetch"
    url: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: str | None = None,
        error: str | None = None,
        http_status: int | None = None,
        id: str | None = None,
        status: str,
        title: str | None = None,
        type: str = "openrouter:web_fetch",
        url: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("error", error)
        _setattr("http_status", http_status)
        _setattr("id", id)
        _setattr("status", status)
        _setattr("title", title)
        _setattr("type", type)
        _setattr("url", url)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"error={self.error!r}, "
            f"http_status={self.http_status!r}, "
            f"id={self.id!r}, "
            f"status={self.status!r}, "
            f"title={self.title!r}, "
            f"type={self.type!r}, "
            f"url={self.url!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.content,
            self.error,
            self.http_status,
            self.id,
            self.status,
            self.title,
            self.type,
            self.url,
            self.extra_fields,
        ) == (
            other.content,
            other.error,
            other.http_status,
            other.id,
            other.status,
            other.title,
            other.type,
            other.url,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputWebFetchServerToolItem",
                self.content,
                self.error,
                self.http_status,
                self.id,
                self.status,
                self.title,
                self.type,
                self.url,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
