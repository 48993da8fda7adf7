# Generated from the OpenRouter OpenAPI spec (components/schemas/Image) by `python -m codegen`; do not edit.
"""The ``Image`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_object_image_url import BatchObjectImageURL


@attrs.frozen(kw_only=True)
class Image:
    """The ``Image`` object."""

    image_url: BatchObjectImageURL
    type: str = "image_url"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
