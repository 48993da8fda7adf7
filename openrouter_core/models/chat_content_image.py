# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatContentImage) by `python -m codegen`; do not edit.
"""Image content part for vision models."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatContentImageImageUrl:
    """The ``image_url`` of a :class:`ChatContentImage`."""

    detail: str | None = None
    """Image detail level for vision models. Known values: ``"auto"``, ``"low"``, ``"high"``,
    ``"original"``.
    """
    url: str
    """URL of the image (data: URLs supported)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ChatContentImage:
    """Image content part for vision models."""

    image_url: ChatContentImageImageUrl
    type: str = "image_url"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
