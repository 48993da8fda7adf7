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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        byok: str,
        data_regions: list[str],
        default_mode: str | None,
        executed_by: str,
        id: str | None,
        name: str,
        pricing: list[ServerToolPrice],
        pricing_doc_url: str | None,
        pricing_source: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("byok", byok)
        _setattr("data_regions", data_regions)
        _setattr("default_mode", default_mode)
        _setattr("executed_by", executed_by)
        _setattr("id", id)
        _setattr("name", name)
        _setattr("pricing", pricing)
        _setattr("pricing_doc_url", pricing_doc_url)
        _setattr("pricing_source", pricing_source)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"byok={self.byok!r}, "
            f"data_regions={self.data_regions!r}, "
            f"default_mode={self.default_mode!r}, "
            f"executed_by={self.executed_by!r}, "
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"pricing={self.pricing!r}, "
            f"pricing_doc_url={self.pricing_doc_url!r}, "
            f"pricing_source={self.pricing_source!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.byok,
            self.data_regions,
            self.default_mode,
            self.executed_by,
            self.id,
            self.name,
            self.pricing,
            self.pricing_doc_url,
            self.pricing_source,
            self.extra_fields,
        ) == (
            other.byok,
            other.data_regions,
            other.default_mode,
            other.executed_by,
            other.id,
            other.name,
            other.pricing,
            other.pricing_doc_url,
            other.pricing_source,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ServerToolEngine",
                self.byok,
                self.data_regions,
                self.default_mode,
                self.executed_by,
                self.id,
                self.name,
                self.pricing,
                self.pricing_doc_url,
                self.pricing_source,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
