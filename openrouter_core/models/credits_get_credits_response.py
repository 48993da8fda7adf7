# Generated from the OpenRouter OpenAPI spec (CreditsGetCreditsResponse) by `python -m codegen`; do not edit.
"""Total credits purchased and used."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CreditsGetCreditsResponseData:
    """The ``data`` of a :class:`CreditsGetCreditsResponse`."""

    total_credits: float
    """Total credits purchased."""
    total_usage: float
    """Total credits used."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        total_credits: float,
        total_usage: float,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("total_credits", total_credits)
        _setattr("total_usage", total_usage)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"total_credits={self.total_credits!r}, "
            f"total_usage={self.total_usage!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.total_credits, self.total_usage, self.extra_fields) == (
            other.total_credits,
            other.total_usage,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "CreditsGetCreditsResponseData",
                self.total_credits,
                self.total_usage,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class CreditsGetCreditsResponse:
    """Total credits purchased and used."""

    data: CreditsGetCreditsResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: CreditsGetCreditsResponseData,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("data", data)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.data, self.extra_fields) == (other.data, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("CreditsGetCreditsResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
