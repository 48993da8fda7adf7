# Generated from the OpenRouter OpenAPI spec (response examples) by `python -m codegen`; do not edit.
"""Generated data the runtime reads: the stand-in's examples.

Written by ``python -m codegen``, like ``openrouter_core.models`` and
``openrouter_core.dicts``; the hand-written modules sit one level up.
"""
