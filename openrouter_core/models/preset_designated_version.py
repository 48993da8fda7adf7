# Generated from the OpenRouter OpenAPI spec (components/schemas/PresetDesignatedVersion) by `python -m codegen`; do not edit.
"""A specific version of a preset, containing config and optional system prompt."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PresetDesignatedVersion:
    """A specific version of a preset, containing config and optional system prompt."""

    config: dict[str, Any]
    created_at: str
    creator_id: str
    id: str
    preset_id: str
    system_prompt: str | None
    updated_at: str
    version: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        config: dict[str, Any],
        created_at: str,
        creator_id: str,
        id: str,
        preset_id: str,
        system_prompt: str | None,
        updated_at: str,
        version: int,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("config", config)
        _setattr("created_at", created_at)
        _setattr("creator_id", creator_id)
        _setattr("id", id)
        _setattr("preset_id", preset_id)
        _setattr("system_prompt", system_prompt)
        _setattr("updated_at", updated_at)
        _setattr("version", version)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"config={self.config!r}, "
            f"created_at={self.created_at!r}, "
            f"creator_id={self.creator_id!r}, "
            f"id={self.id!r}, "
            f"preset_id={self.preset_id!r}, "
            f"system_prompt={self.system_prompt!r}, "
            f"updated_at={self.updated_at!r}, "
            f"version={self.version!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.config,
            self.created_at,
            self.creator_id,
            self.id,
            self.preset_id,
            self.system_prompt,
            self.updated_at,
            self.version,
            self.extra_fields,
        ) == (
            other.config,
            other.created_at,
            other.creator_id,
            other.id,
            other.preset_id,
            other.system_prompt,
            other.updated_at,
            other.version,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "PresetDesignatedVersion",
                self.config,
                self.created_at,
                self.creator_id,
                self.id,
                self.preset_id,
                self.system_prompt,
                self.updated_at,
                self.version,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
