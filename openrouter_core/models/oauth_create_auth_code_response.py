# Generated from the OpenRouter OpenAPI spec (OauthCreateAuthCodeResponse) by `python -m codegen`; do not edit.
"""The ``OauthCreateAuthCodeResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OauthCreateAuthCodeResponseData:
    """Auth code data."""

    app_id: int
    """The application ID associated with this auth code."""
    created_at: str
    """ISO 8601 timestamp of when the auth code was created."""
    id: str
    """The authorization code ID to use in the exchange request."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        app_id: int,
        created_at: str,
        id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("app_id", app_id)
        _setattr("created_at", created_at)
        _setattr("id", id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"app_id={self.app_id!r}, "
            f"created_at={self.created_at!r}, "
            f"id={self.id!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.app_id, self.created_at, self.id, self.extra_fields) == (
            other.app_id,
            other.created_at,
            other.id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OauthCreateAuthCodeResponseData",
                self.app_id,
                self.created_at,
                self.id,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OauthCreateAuthCodeResponse:
    """The ``OauthCreateAuthCodeResponse`` object."""

    data: OauthCreateAuthCodeResponseData
    """Auth code data."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: OauthCreateAuthCodeResponseData,
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
        return hash(("OauthCreateAuthCodeResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
