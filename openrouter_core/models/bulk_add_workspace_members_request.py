# Generated from the OpenRouter OpenAPI spec (components/schemas/BulkAddWorkspaceMembersRequest) by `python -m codegen`; do not edit.
"""The ``BulkAddWorkspaceMembersRequest`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BulkAddWorkspaceMembersRequest:
    """The ``BulkAddWorkspaceMembersRequest`` object."""

    user_ids: list[str]
    """List of user IDs to add to the workspace."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        user_ids: list[str],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("user_ids", user_ids)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(user_ids={self.user_ids!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.user_ids, self.extra_fields) == (other.user_ids, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("BulkAddWorkspaceMembersRequest", self.user_ids, self.extra_fields))

    # --- end of attrs methods ---
