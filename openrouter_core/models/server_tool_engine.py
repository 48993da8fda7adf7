# Generated from the OpenRouter OpenAPI spec (components/schemas/ServerToolEngine) by `python -m codegen`; do not edit.
"""The ``ServerToolEngine`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.server_tool_price import ServerToolPrice


@attrs.frozen(kw_only=True)
class ServerToolEngine:
    """The ``ServerToolEngine`` object."""

    byok: str
    """Whether the engine needs the caller's own key, saved in plugin settings: `required`
    (OpenRouter holds none), `optional` (OpenRouter's key is used unless the caller saved one),
    or `none`. Known values: ``"required"``, ``"optional"``, ``"none"``.
    """
    data_regions: list[str]
    """The data regions whose requests this engine serves without leaving the region."""
    default_mode: str | None
    """The `parameters.mode` a request without one runs and bills as; null for engines without
    modes.
    """
    executed_by: str
    """Who runs the tool call: the model provider during inference (`provider`), OpenRouter
    (`openrouter`), or the caller's application after the call is returned (`client`). Known
    values: ``"provider"``, ``"openrouter"``, ``"client"``.
    """
    id: str | None
    """The `parameters.engine` value that selects this engine; null for the single engine of a tool
    without an engine parameter.
    """
    name: str
    pricing: list[ServerToolPrice]
    """The rows OpenRouter bills; non-empty exactly when `pricing_source` is `openrouter`."""
    pricing_doc_url: str | None
    """Where the rates are documented when `pricing_source` is `provider` or `byok`; null otherwise.
    """
    pricing_source: str
    """Who bills the engine's calls beyond the model's tokens: `openrouter` (the `pricing` rows,
    from the caller's credits), `provider` (a per-call tool fee from the model's provider on the
    inference call, at its own rates), `byok` (the engine's vendor, against the caller's own
    key), or `none` (no charge). Known values: ``"openrouter"``, ``"provider"``, ``"byok"``,
    ``"none"``.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
