# Generated from the OpenRouter OpenAPI spec (components/schemas/OAuthErrorResponse) by `python -m codegen`; do not edit.
"""The ``OAuthErrorResponse`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OAuthErrorResponse:
    """The ``OAuthErrorResponse`` object."""

    error: str
    """Known values: ``"invalid_request"``, ``"invalid_grant"``, ``"unsupported_grant_type"``,
    ``"invalid_scope"``, ``"server_error"``, ``"temporarily_unavailable"``.
    """
    error_description: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
