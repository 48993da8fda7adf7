# Generated from the OpenRouter OpenAPI spec (components/schemas/SandboxSleepAfterSeconds) by `python -m codegen`; do not edit.
"""How long (in seconds) the container stays warm after its last command before sleeping, freeing
its capacity slot.
"""

from __future__ import annotations

from typing import TypeAlias

SandboxSleepAfterSeconds: TypeAlias = int
"""How long (in seconds) the container stays warm after its last command before sleeping, freeing
its capacity slot.
"""
