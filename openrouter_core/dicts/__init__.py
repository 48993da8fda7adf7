"""``TypedDict`` forms of the request models, for type checkers (see codegen/typed_dicts.py)."""
