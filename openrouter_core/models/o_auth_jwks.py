# Generated from the OpenRouter OpenAPI spec (components/schemas/OAuthJwks) by `python -m codegen`; do not edit.
"""RFC 7517 JWK Set of the keys OpenRouter signs access tokens with."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.key import Key


@attrs.frozen(kw_only=True)
class OAuthJwks:
    """RFC 7517 JWK Set of the keys OpenRouter signs access tokens with."""

    keys: list[Key]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
