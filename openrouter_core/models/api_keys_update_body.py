# Generated from the OpenRouter OpenAPI spec (ApiKeysUpdateBody) by `python -m codegen`; do not edit.
"""The ``ApiKeysUpdateBody`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ApiKeysUpdateBody:
    """The ``ApiKeysUpdateBody`` object."""

    disabled: bool | None = None
    """Whether to disable the API key."""
    include_byok_in_limit: bool | None = None
    """Whether to include BYOK usage in the limit."""
    limit: float | Unset | None = UNSET
    """New spending limit for the API key in USD."""
    limit_reset: str | Unset | None = UNSET
    """New limit reset type for the API key (daily, weekly, monthly, or null for no reset). Known
    values: ``"daily"``, ``"weekly"``, ``"monthly"``.
    """
    name: str | None = None
    """New name for the API key."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        disabled: bool | None = None,
        include_byok_in_limit: bool | None = None,
        limit: float | Unset | None = UNSET,
        limit_reset: str | Unset | None = UNSET,
        name: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("disabled", disabled)
        _setattr("include_byok_in_limit", include_byok_in_limit)
        _setattr("limit", limit)
        _setattr("limit_reset", limit_reset)
        _setattr("name", name)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"disabled={self.disabled!r}, "
            f"include_byok_in_limit={self.include_byok_in_limit!r}, "
            f"limit={self.limit!r}, "
            f"limit_reset={self.limit_reset!r}, "
            f"name={self.name!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.disabled,
            self.include_byok_in_limit,
            self.limit,
            self.limit_reset,
            self.name,
            self.extra_fields,
        ) == (
            other.disabled,
            other.include_byok_in_limit,
            other.limit,
            other.limit_reset,
            other.name,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ApiKeysUpdateBody",
                self.disabled,
                self.include_byok_in_limit,
                self.limit,
                self.limit_reset,
                self.name,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
