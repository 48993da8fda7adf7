# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentPartImage) by `python -m codegen`; do not edit.
"""The ``ContentPartImage`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContentPartImageImageUrl:
    """The ``image_url`` of a :class:`ContentPartImage`."""

    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ContentPartImage:
    """The ``ContentPartImage`` object."""

    image_url: ContentPartImageImageUrl
    type: str = "image_url"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
