"""One module per OpenRouter API operation; import the function you need from its module.

``from openrouter_funcs.credits_get_credits import credits_get_credits`` loads that operation
alone: this package deliberately imports none of its modules, so start-up stays small.
"""
