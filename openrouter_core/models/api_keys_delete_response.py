# Generated from the OpenRouter OpenAPI spec (ApiKeysDeleteResponse) by `python -m codegen`; do not edit.
"""The ``ApiKeysDeleteResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ApiKeysDeleteResponse:
    """The ``ApiKeysDeleteResponse`` object."""

    deleted: bool = True
    """Confirmation that the API key was deleted."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
