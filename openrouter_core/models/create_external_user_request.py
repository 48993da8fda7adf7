# Generated from the OpenRouter OpenAPI spec (components/schemas/CreateExternalUserRequest) by `python -m codegen`; do not edit.
"""The ``CreateExternalUserRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CreateExternalUserRequest:
    """The ``CreateExternalUserRequest`` object."""

    user: str
    """Immutable case-sensitive tracking string supplied as user on inference requests or as
    external.user on API keys: 1 to 512 characters, well-formed Unicode, no NUL, no surrounding
    whitespace.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, user: str, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("user", user)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(user={self.user!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.user, self.extra_fields) == (other.user, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("CreateExternalUserRequest", self.user, self.extra_fields))

    # --- end of attrs methods ---
