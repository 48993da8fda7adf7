# Generated from the OpenRouter OpenAPI spec (components/schemas/Key) by `python -m codegen`; do not edit.
"""The ``Key`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class Key:
    """The ``Key`` object."""

    alg: str = "ES256"
    crv: str = "P-256"
    kid: str
    kty: str = "EC"
    use: str = "sig"
    x: str
    y: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
