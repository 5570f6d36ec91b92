"""Stacks and the config model that feeds them: the only place config becomes constructs.

``stacks.config`` loads without cdktf, so bad input fails fast, before any synth.
"""
