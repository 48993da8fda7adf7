# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageModelEndpointsResponse) by `python -m codegen`; do not edit.
"""The full per-endpoint records for an image model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.image_endpoint import ImageEndpoint


@attrs.frozen(kw_only=True)
class ImageModelEndpointsResponse:
    """The full per-endpoint records for an image model."""

    endpoints: list[ImageEndpoint]
    id: str
    """Model slug."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        endpoints: list[ImageEndpoint],
        id: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("endpoints", endpoints)
        _setattr("id", id)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(endpoints={self.endpoints!r}, id={self.id!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.endpoints, self.id, self.extra_fields) == (
            other.endpoints,
            other.id,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ImageModelEndpointsResponse", self.endpoints, self.id, self.extra_fields))

    # --- end of attrs methods ---
