# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatDebugOptions) by `python -m codegen`; do not edit.
"""Debug options for inspecting request transformations (streaming only)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatDebugOptions:
    """Debug options for inspecting request transformations (streaming only)."""

    echo_upstream_body: bool | None = None
    """If true, includes the transformed upstream request body in a debug chunk at the start of the
    stream.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        echo_upstream_body: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("echo_upstream_body", echo_upstream_body)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(echo_upstream_body={self.echo_upstream_body!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.echo_upstream_body, self.extra_fields) == (
            other.echo_upstream_body,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatDebugOptions", self.echo_upstream_body, self.extra_fields))

    # --- end of attrs methods ---
