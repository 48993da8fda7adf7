# Generated from the OpenRouter OpenAPI spec (test package) by `python -m codegen`; do not edit.
