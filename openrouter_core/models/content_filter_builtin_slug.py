# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentFilterBuiltinSlug) by `python -m codegen`; do not edit.
"""The builtin filter identifier."""

from __future__ import annotations

from typing import Final


class ContentFilterBuiltinSlug:
    """The builtin filter identifier.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    EMAIL: Final = "email"
    PHONE: Final = "phone"
    SSN: Final = "ssn"
    CREDIT_CARD: Final = "credit-card"
    IP_ADDRESS: Final = "ip-address"
    PERSON_NAME: Final = "person-name"
    ADDRESS: Final = "address"
    REGEX_PROMPT_INJECTION: Final = "regex-prompt-injection"
