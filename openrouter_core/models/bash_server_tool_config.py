# Generated from the OpenRouter OpenAPI spec (components/schemas/BashServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for the openrouter:bash server tool."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.bash_server_tool_environment import BashServerToolEnvironment


@attrs.frozen(kw_only=True)
class BashServerToolConfig:
    """Configuration for the openrouter:bash server tool."""

    engine: str | None = None
    """Which bash engine to use. Known values: :class:`BashServerToolEngine`."""
    environment: BashServerToolEnvironment | None = None
    sleep_after_seconds: int | None = None
    """How long (in seconds) the container stays warm after its last command before sleeping,
    freeing its capacity slot.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        engine: str | None = None,
        environment: BashServerToolEnvironment | None = None,
        sleep_after_seconds: int | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("engine", engine)
        _setattr("environment", environment)
        _setattr("sleep_after_seconds", sleep_after_seconds)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"engine={self.engine!r}, "
            f"environment={self.environment!r}, "
            f"sleep_after_seconds={self.sleep_after_seconds!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.engine, self.environment, self.sleep_after_seconds, self.extra_fields) == (
            other.engine,
            other.environment,
            other.sleep_after_seconds,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BashServerToolConfig",
                self.engine,
                self.environment,
                self.sleep_after_seconds,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
