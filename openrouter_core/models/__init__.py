"""Models generated from the OpenRouter OpenAPI spec, one module per schema."""
