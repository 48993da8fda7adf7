# Generated from the OpenRouter OpenAPI spec (components/schemas/Logprobs) by `python -m codegen`; do not edit.
"""The ``Logprobs`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from openrouter_core._unset import UNSET, Unset

if TYPE_CHECKING:
    from openrouter_core.models.logprobs_content import LogprobsContent
    from openrouter_core.models.refusal import Refusal


@attrs.frozen(kw_only=True)
class Logprobs:
    """The ``Logprobs`` object."""

    content: list[LogprobsContent] | None
    refusal: list[Refusal] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
