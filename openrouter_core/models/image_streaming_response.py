# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageStreamingResponse) by `python -m codegen`; do not edit.
"""The ``ImageStreamingResponse`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.image_gen_completed_event import ImageGenCompletedEvent
from openrouter_core.models.image_gen_partial_image_event import ImageGenPartialImageEvent
from openrouter_core.models.image_gen_stream_error_event import ImageGenStreamErrorEvent
from openrouter_core.models.image_gen_text_chunk_event import ImageGenTextChunkEvent

ImageStreamingResponseData: TypeAlias = (
    ImageGenPartialImageEvent
    | ImageGenTextChunkEvent
    | ImageGenCompletedEvent
    | ImageGenStreamErrorEvent
    | dict[str, Any]
)
"""The ``data`` of a :class:`ImageStreamingResponse`."""


_IMAGE_STREAMING_RESPONSE_DATA_BY_TYPE: dict[Any, Any] = {
    "error": ImageGenStreamErrorEvent,
    "image_generation.completed": ImageGenCompletedEvent,
    "image_generation.partial_image": ImageGenPartialImageEvent,
    "image_generation.text_chunk": ImageGenTextChunkEvent,
}


def _choose_image_streaming_response_data(data: Any) -> Any:
    """The member of :data:`ImageStreamingResponseData` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _IMAGE_STREAMING_RESPONSE_DATA_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ImageStreamingResponseData: expected an object, got {type(data).__name__}")


register_union(ImageStreamingResponseData, _choose_image_streaming_response_data)


@attrs.frozen(kw_only=True)
class ImageStreamingResponse:
    """The ``ImageStreamingResponse`` object."""

    data: ImageStreamingResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        data: ImageStreamingResponseData,
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
        return hash(("ImageStreamingResponse", self.data, self.extra_fields))

    # --- end of attrs methods ---
