# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentPartInputVideo) by `python -m codegen`; do not edit.
"""The ``ContentPartInputVideo`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.multimodal_media import MultimodalMedia


@attrs.frozen(kw_only=True)
class ContentPartInputVideo:
    """The ``ContentPartInputVideo`` object."""

    input_video: MultimodalMedia
    type: str = "input_video"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        input_video: MultimodalMedia,
        type: str = "input_video",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("input_video", input_video)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(input_video={self.input_video!r}, type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.input_video, self.type, self.extra_fields) == (
            other.input_video,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ContentPartInputVideo", self.input_video, self.type, self.extra_fields))

    # --- end of attrs methods ---
