# Generated from the OpenRouter OpenAPI spec (components/schemas/VideoGenerationResponse) by `python -m codegen`; do not edit.
"""The ``VideoGenerationResponse`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.video_generation_usage import VideoGenerationUsage


@attrs.frozen(kw_only=True)
class VideoGenerationResponse:
    """The ``VideoGenerationResponse`` object."""

    error: str | None = None
    generation_id: str | None = None
    """The generation ID associated with this video generation job."""
    id: str
    polling_url: str
    status: str
    """Known values: ``"pending"``, ``"in_progress"``, ``"completed"``, ``"failed"``,
    ``"cancelled"``, ``"expired"``.
    """
    unsigned_urls: list[str] | None = None
    usage: VideoGenerationUsage | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error: str | None = None,
        generation_id: str | None = None,
        id: str,
        polling_url: str,
        status: str,
        unsigned_urls: list[str] | None = None,
        usage: VideoGenerationUsage | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error", error)
        _setattr("generation_id", generation_id)
        _setattr("id", id)
        _setattr("polling_url", polling_url)
        _setattr("status", status)
        _setattr("unsigned_urls", unsigned_urls)
        _setattr("usage", usage)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error={self.error!r}, "
            f"generation_id={self.generation_id!r}, "
            f"id={self.id!r}, "
            f"polling_url={self.polling_url!r}, "
            f"status={self.status!r}, "
            f"unsigned_urls={self.unsigned_urls!r}, "
            f"usage={self.usage!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.error,
            self.generation_id,
            self.id,
            self.polling_url,
            self.status,
            self.unsigned_urls,
            self.usage,
            self.extra_fields,
        ) == (
            other.error,
            other.generation_id,
            other.id,
            other.polling_url,
            other.status,
            other.unsigned_urls,
            other.usage,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "VideoGenerationResponse",
                self.error,
                self.generation_id,
                self.id,
                self.polling_url,
                self.status,
                self.unsigned_urls,
                self.usage,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
