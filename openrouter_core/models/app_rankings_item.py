# Generated from the OpenRouter OpenAPI spec (components/schemas/AppRankingsItem) by `python -m codegen`; do not edit.
"""The ``AppRankingsItem`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AppRankingsItem:
    """The ``AppRankingsItem`` object."""

    app_id: int
    """Stable numeric identifier of the app on OpenRouter."""
    app_name: str
    """Public display name of the app."""
    rank: int
    """1-based position of the app within this response, per the requested `sort`."""
    total_requests: int
    """Number of requests attributed to the app inside the date window."""
    total_tokens: str
    """Sum of `prompt_tokens + completion_tokens` attributed to the app inside the date window,
    returned as a decimal string so 64-bit values are not truncated.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        app_id: int,
        app_name: str,
        rank: int,
        total_requests: int,
        total_tokens: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("app_id", app_id)
        _setattr("app_name", app_name)
        _setattr("rank", rank)
        _setattr("total_requests", total_requests)
        _setattr("total_tokens", total_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"app_id={self.app_id!r}, "
            f"app_name={self.app_name!r}, "
            f"rank={self.rank!r}, "
            f"total_requests={self.total_requests!r}, "
            f"total_tokens={self.total_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.app_id,
            self.app_name,
            self.rank,
            self.total_requests,
            self.total_tokens,
            self.extra_fields,
        ) == (
            other.app_id,
            other.app_name,
            other.rank,
            other.total_requests,
            other.total_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AppRankingsItem",
                self.app_id,
                self.app_name,
                self.rank,
                self.total_requests,
                self.total_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
