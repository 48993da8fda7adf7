# Generated from the OpenRouter OpenAPI spec (components/schemas/PrivateEndpointActivation) by `python -m codegen`; do not edit.
"""Validate and activate in the same call."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PrivateEndpointActivation:
    """Validate and activate in the same call."""

    workspace_id: str
    """Workspace whose BYOK credential is used for the live validation call."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, workspace_id: str, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("workspace_id", workspace_id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(workspace_id={self.workspace_id!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.workspace_id, self.extra_fields) == (other.workspace_id, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("PrivateEndpointActivation", self.workspace_id, self.extra_fields))

    # --- end of attrs methods ---
